import type { Weighted } from './demo-random.js';

/**
 * Word lists for the demo data. Kept apart from the generators so those read as rules, not
 * as lists. Every email domain is a reserved example domain and phone numbers use the 555
 * range: the demo never contains a real person's contact details.
 */
export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'James', 'Isabella', 'Lucas',
  'Mia', 'Mateo', 'Amelia', 'Wei', 'Harper', 'Ethan', 'Aisha', 'Daniel', 'Chloe', 'Henry',
  'Priya', 'Samuel', 'Grace', 'Diego', 'Hannah', 'Kenji', 'Zoe', 'Omar', 'Lily', 'Jack',
  'Fatima', 'Leo', 'Nora', 'Arjun', 'Elena', 'Owen', 'Mei', 'Gabriel', 'Sara', 'Ivan',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Chen', 'Wilson',
  'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Patel', 'Thompson', 'White',
  'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott',
  'Nguyen', 'Hill', 'Green', 'Adams', 'Nelson', 'Baker', 'Kim', 'Wang', 'Rivera', 'Campbell',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

export const COMPANY_PREFIXES = [
  'Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay',
  'Soylent', 'Cyberdyne', 'Tyrell', 'Aperture', 'Contoso', 'Fabrikam', 'Litware', 'Wingtip', 'Tailspin',
] as const;

export const COMPANY_SUFFIXES = ['Corp', 'Industries', 'Group', 'Labs', 'Retail', 'Partners', 'Holdings', 'Co'] as const;

// Three job levels, because the lead score's profile fit gives points by level
// (executive 20, manager 10, staff 3): titles are unambiguous about their level.
export const JOB_TITLES_BY_LEVEL = {
  executive: ['CEO', 'Chief Operating Officer', 'VP Marketing', 'VP Sales', 'Director of Operations'],
  manager: ['Marketing Manager', 'Sales Manager', 'Operations Manager', 'Customer Service Manager', 'Product Manager'],
  staff: ['Analyst', 'Marketing Specialist', 'Buyer', 'Coordinator', 'Sales Representative', 'Engineer'],
} as const;

export const INDUSTRIES = ['Retail', 'Technology', 'Healthcare', 'Finance', 'Manufacturing', 'Education', 'Hospitality'] as const;

export const REGIONS: Weighted<string> = [
  ['North', 22],
  ['South', 20],
  ['East', 25],
  ['West', 23],
  ['Online-only', 10],
];

export const SOURCE_SYSTEM_SETS: Weighted<readonly string[]> = [
  [['web'], 40],
  [['web', 'pos'], 15],
  [['app'], 10],
  [['web', 'app'], 8],
  [['crm'], 10],
  [['web', 'crm'], 7],
  [['pos'], 6],
  [['store', 'crm'], 4],
];

export const ACQUISITION_SOURCES: Weighted<string> = [
  ['organic_search', 30],
  ['paid_search', 20],
  ['social', 15],
  ['referral', 12],
  ['email', 8],
  ['store', 10],
  ['partner', 5],
];

export const COMMENTS = {
  promoter: ['Great products and fast delivery.', 'Always a smooth experience.', 'I recommend you to all my colleagues.', 'Support solved my issue in minutes.'],
  passive: ['Good overall, prices could be better.', 'Fine, nothing special.', 'Delivery was a bit slow this time.'],
  detractor: ['My order arrived late and nobody told me.', 'Too hard to reach support.', 'The app checkout keeps failing.', 'Quality dropped compared to last year.'],
  complaint: {
    delivery: ['Parcel arrived two weeks late.', 'Wrong item delivered.', 'Package was damaged on arrival.'],
    product: ['The product stopped working after a week.', 'Item does not match the description.'],
    billing: ['I was charged twice for one order.', 'Refund has not arrived yet.'],
    support: ['I waited 40 minutes on the phone.', 'Nobody answered my email.'],
  },
  suggestion: ['Please add a dark mode to the app.', 'Offer weekend delivery slots.', 'Let me save several delivery addresses.', 'A loyalty program would be nice.'],
  praise: ['The store staff were wonderful.', 'Thanks for the quick replacement!', 'Best customer service I have had.'],
} as const;

export const STAGE_THOUGHTS: Record<string, { thoughts: string[]; gains: string[]; pains: string[] }> = {
  awareness: {
    thoughts: ['Never heard of this brand before.', 'A friend mentioned them.', 'This ad looks relevant.'],
    gains: ['Clear message about what they sell.'],
    pains: ['Too many ads, feels pushy.'],
  },
  consideration: {
    thoughts: ['How does this compare to what I use now?', 'Are the reviews real?', 'Is it worth the price?'],
    gains: ['Comparison guide answered my questions.', 'Detailed specs and reviews.'],
    pains: ['Could not get a sales rep on the phone.', 'Pricing is hard to find.'],
  },
  purchase: {
    thoughts: ['Hope checkout is quick.', 'Is my payment secure?'],
    gains: ['One-click checkout.', 'Discount applied automatically.'],
    pains: ['App crashed during payment.', 'Shipping costs appeared at the last step.'],
  },
  use: {
    thoughts: ['When will it arrive?', 'Setting it up now.'],
    gains: ['Works as described.', 'Setup guide was easy.'],
    pains: ['Delivery was late.', 'Missing parts in the box.'],
  },
  advocacy: {
    thoughts: ['My team should try this.', 'Worth a review.'],
    gains: ['Referral reward is generous.'],
    pains: ['Review form is too long.'],
  },
  contact: {
    thoughts: ['I need help with my order.', 'Something is wrong with my bill.'],
    gains: ['Chat answered immediately.'],
    pains: ['Long hold time.', 'Had to repeat my order number three times.'],
  },
  troubleshooting: {
    thoughts: ['Will this take long?', 'I hope they call back.'],
    gains: ['Agent knew my history.'],
    pains: ['Transferred between departments.'],
  },
  resolution: {
    thoughts: ['Finally sorted.', 'Was that really fixed?'],
    gains: ['Replacement shipped the same day.'],
    pains: ['Issue came back a week later.'],
  },
};
