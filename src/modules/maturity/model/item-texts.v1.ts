import type { ItemRecommendation, Localized } from './maturity-model.types.js';
import { localized } from './maturity-texts.v1.js';

/**
 * The texts of the 35 items of version 1, in English and Simplified Chinese: the statement a
 * company rates and what it recommends when it is a gap. Kept together, item by item, so each
 * statement is read beside its recommendation and its translation.
 */

export interface ItemTexts {
  text: Localized;
  recommendation: ItemRecommendation;
}

// Features and roles are shared by many recommendations; one constant each keeps the wording
// identical wherever the report groups or filters by them.
const FEATURE = {
  ASSESSMENT_HISTORY: localized('Maturity assessment history and targets', '成熟度评估历史与目标'),
  CUSTOMER_PROFILES: localized('Customer profiles and bulk import', '客户档案与批量导入'),
  CHANNEL_BREAKDOWNS: localized('Orders and revenue by channel', '按渠道的订单与收入分析'),
  METRICS_FOR_DASHBOARDS: localized('Metrics API for BI dashboards', '面向 BI 看板的指标 API'),
  RFM_SEGMENTS: localized('RFM and saved segments', 'RFM 分析与已保存分群'),
  JOURNEYS: localized('Journeys and touchpoints', '客户旅程与触点'),
  LIFECYCLE_METRICS: localized('Cohort, growth and loyalty metrics by segment', '按分群的同期群、增长与忠诚度指标'),
  CONSENT_SEGMENTS: localized('Customer profiles and saved segments', '客户档案与已保存分群'),
  TAGS_AND_JOURNEYS: localized('Customer tags and journeys', '客户标签与客户旅程'),
  LEAD_SCORES: localized('Lead scores and journeys', '线索评分与客户旅程'),
  FEEDBACK_ANALYTICS: localized('NPS, CSAT and CES by journey stage', '按旅程阶段的 NPS、CSAT、CES 分析'),
  FEEDBACK_OPERATIONS: localized('Feedback operations (SLA, closed loop)', '反馈运营（SLA、闭环）'),
  API_KEYS: localized('GraphQL API and partner keys', 'GraphQL API 与合作方密钥'),
  PREDICTIVE_TAGS: localized('Predictive tags and saved segments', '预测标签与已保存分群'),
  CLV: localized('Customer lifetime value (CLV)', '客户终身价值（CLV）'),
  ADVOCACY: localized('NPS and customer tags', 'NPS 分析与客户标签'),
  NEXT_BEST_ACTION: localized('Predictive tags, segments and the GraphQL API', '预测标签、分群与 GraphQL API'),
} satisfies Record<string, Localized>;

const ROLE = {
  DIGITAL_MARKETING_MANAGER: localized('Digital marketing manager', '数字营销经理'),
  CONTENT_MARKETING_MANAGER: localized('Content marketing manager', '内容营销经理'),
  PERFORMANCE_MARKETING_MANAGER: localized('Performance marketing manager', '效果营销经理'),
  DIGITAL_PRODUCT_MANAGER: localized('Digital product manager', '数字产品经理'),
  MARKETING_ANALYST: localized('Marketing analyst', '市场分析师'),
  HEAD_OF_MARKETING: localized('Head of marketing', '市场部负责人'),
  CHIEF_MARKETING_OFFICER: localized('Chief marketing officer', '首席营销官（CMO）'),
  CHIEF_OPERATING_OFFICER: localized('Chief operating officer', '首席运营官（COO）'),
  CHIEF_EXECUTIVE_OFFICER: localized('Chief executive officer', '首席执行官（CEO）'),
  CHIEF_HUMAN_RESOURCES_OFFICER: localized('Chief human resources officer', '首席人力资源官（CHRO）'),
  HEAD_OF_CRM: localized('Head of CRM', 'CRM 负责人'),
  CRM_MARKETING_MANAGER: localized('CRM marketing manager', 'CRM 营销经理'),
  MARKETING_AUTOMATION_MANAGER: localized('Marketing automation manager', '营销自动化经理'),
  DATA_PROTECTION_OFFICER: localized('Data protection officer', '个人信息保护负责人'),
  SALES_OPERATIONS_MANAGER: localized('Sales operations manager', '销售运营经理'),
  CX_MANAGER: localized('Customer experience manager', '客户体验经理'),
  HEAD_OF_CUSTOMER_SERVICE: localized('Head of customer service', '客户服务负责人'),
  CRM_ARCHITECT: localized('CRM solution architect', 'CRM 解决方案架构师'),
  HEAD_OF_DATA_SCIENCE: localized('Head of data science', '数据科学负责人'),
  HEAD_OF_CUSTOMER_MARKETING: localized('Head of customer marketing', '客户营销负责人'),
} satisfies Record<string, Localized>;

export const ITEM_TEXTS_V1: Record<string, ItemTexts> = {
  // 1. Initiate
  '1.1': {
    text: localized(
      'We have at least one owned channel (website, app, mini-program or official account) whose company and product information was updated in the last 90 days.',
      '我们至少有一个自有渠道（官网、App、小程序或公众号），其企业和产品信息在最近 90 天内更新过。',
    ),
    recommendation: {
      title: localized('Refresh an owned channel', '更新自有渠道内容'),
      action: localized(
        'Choose the owned channel customers reach first (website, mini-program or official account) and bring its company and product information up to date. Assign an editor and a review every 90 days so the content does not go stale.',
        '选定客户最先接触的自有渠道（官网、小程序或公众号），把企业和产品信息更新到最新。指定内容负责人，并每 90 天复核一次，避免内容过期。',
      ),
      kpi: localized('Days since the last content update of each owned channel', '各自有渠道距上次内容更新的天数'),
      ownerRole: ROLE.DIGITAL_MARKETING_MANAGER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '1.2': {
    text: localized(
      'Every owned channel has analytics installed, and someone reviews its figures at least monthly.',
      '每个自有渠道都部署了数据分析工具，并且至少每月有专人查看和分析数据。',
    ),
    recommendation: {
      title: localized('Install analytics on every owned channel', '为所有自有渠道部署分析工具'),
      action: localized(
        'Install an analytics tool (e.g. Baidu Tongji, the mini-program’s own statistics or Google Analytics) on every owned channel and check that visits are recorded. Hold a 30-minute monthly review of traffic and its main sources, and note what will change.',
        '在每个自有渠道部署分析工具（如百度统计、小程序后台数据分析或 Google Analytics），确认访问数据能正常记录。每月召开一次 30 分钟的复盘会，查看流量及主要来源，并记录改进事项。',
      ),
      kpi: localized(
        'Share of owned channels with working analytics; monthly reviews held',
        '已正常采集数据的自有渠道占比；每月复盘是否按时召开',
      ),
      ownerRole: ROLE.DIGITAL_MARKETING_MANAGER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '1.3': {
    text: localized(
      'Leads and customers are captured in one shared system (a CRM or customer database), not in personal spreadsheets or phones.',
      '线索和客户统一录入一个共享系统（CRM 或客户数据库），而不是分散在个人表格或手机里。',
    ),
    recommendation: {
      title: localized('Bring all contacts into one system', '把所有联系人集中到一个系统'),
      action: localized(
        'Import leads and customers from spreadsheets, phones and event lists into cxgraph, with an email or phone for each. Retire the personal lists and make the shared system the only place where new contacts are entered.',
        '将分散在个人表格、手机和活动名单中的线索与客户导入 cxgraph，并为每位客户补全邮箱或手机号。停用个人名单，规定新联系人只能录入共享系统。',
      ),
      kpi: localized('Share of customers with an email or phone', '留有邮箱或手机号的客户占比'),
      ownerRole: ROLE.HEAD_OF_CRM,
      feature: FEATURE.CUSTOMER_PROFILES,
    },
  },
  '1.4': {
    text: localized(
      'We send messages (newsletter, official-account posts, SMS or email) to our contact base at least monthly.',
      '我们至少每月向联系人发送一次信息（如电子简报、公众号推送、短信或邮件）。',
    ),
    recommendation: {
      title: localized('Message your contacts regularly', '定期触达联系人'),
      action: localized(
        'Send a monthly message to the contact base on the channel customers prefer, such as an official-account post or an email newsletter. Plan the topics a quarter ahead and measure opens and clicks on every send.',
        '选择客户偏好的渠道（如公众号推送或邮件简报），每月至少向联系人发送一次内容。按季度提前规划选题，并统计每次发送的打开率和点击率。',
      ),
      kpi: localized('Messages sent per month; open and click rates', '每月发送次数；打开率与点击率'),
      ownerRole: ROLE.CONTENT_MARKETING_MANAGER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '1.5': {
    text: localized(
      'A named person owns digital marketing and controls a budget for it.',
      '有明确的负责人主管数字营销，并掌握专项预算。',
    ),
    recommendation: {
      title: localized('Name an owner of digital marketing', '明确数字营销负责人'),
      action: localized(
        'Appoint one person accountable for digital marketing and give them a yearly budget they control. Write down their goals for the next two quarters and review them with management.',
        '任命一名对数字营销负总责的人员，并给予其可自主支配的年度预算。写明未来两个季度的目标，并与管理层一起复盘。',
      ),
      kpi: localized('Owner named and budget approved; budget spent against plan', '是否已任命负责人并批准预算；预算执行情况'),
      ownerRole: ROLE.CHIEF_MARKETING_OFFICER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },

  // 2. Radiate
  '2.1': {
    text: localized(
      'We adapt content to each channel (format, length, tone) and publish it on at least three channels where our customers are active.',
      '我们根据各渠道的特点（形式、篇幅、语气）调整内容，并在至少 3 个客户活跃的渠道上发布。',
    ),
    recommendation: {
      title: localized('Adapt content to three customer channels', '在 3 个客户渠道上发布适配内容'),
      action: localized(
        'Ask customers and sales which channels customers use (e.g. WeChat, Douyin, Xiaohongshu, LinkedIn or industry portals) and pick the top three. Make a version of each key piece in each channel’s format instead of posting the same text everywhere.',
        '通过客户和销售了解客户常用的渠道（如微信、抖音、小红书、领英或行业门户），选出排名前三的渠道。按各渠道的形式制作关键内容的不同版本，而不是在各处发布同样的文字。',
      ),
      kpi: localized('Channels with adapted content published each month; engagement per channel', '每月发布适配内容的渠道数；各渠道互动率'),
      ownerRole: ROLE.CONTENT_MARKETING_MANAGER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '2.2': {
    text: localized(
      'Every month we report reach and traffic by source (channel or campaign) and compare them with the previous month.',
      '我们每月按来源（渠道或活动）汇总触达和流量，并与上月进行对比。',
    ),
    recommendation: {
      title: localized('Report reach and sales by source monthly', '按月报告各来源的触达与销售'),
      action: localized(
        'Record the source channel on every order and import orders into cxgraph so sales can be broken down by channel next to traffic. Publish a one-page monthly report that compares each source with the previous month.',
        '在每笔订单上记录来源渠道并导入 cxgraph，使销售额能与流量一起按渠道拆分。每月发布一页报告，将各来源与上月进行对比。',
      ),
      kpi: localized('Share of completed orders that record a channel', '记录了渠道的已完成订单占比'),
      ownerRole: ROLE.MARKETING_ANALYST,
      feature: FEATURE.CHANNEL_BREAKDOWNS,
    },
  },
  '2.3': {
    text: localized(
      'Our owned channels work well on mobile, and mobile conversions are tracked separately.',
      '我们的自有渠道在手机端体验良好，并且单独追踪移动端转化。',
    ),
    recommendation: {
      title: localized('Make mobile first-class', '把移动端体验做到位'),
      action: localized(
        'Test the main customer tasks (find a product, contact us, buy) on a phone and fix what is slow or awkward; consider a mini-program where customers live in WeChat. Tag mobile traffic and track its conversion rate separately from desktop.',
        '在手机上测试主要客户任务（查找产品、联系我们、下单），修复缓慢或不便之处；如果客户主要在微信中活动，可考虑开发小程序。对移动端流量单独标记，并与桌面端分开追踪转化率。',
      ),
      kpi: localized('Mobile conversion rate compared with desktop', '移动端与桌面端转化率对比'),
      ownerRole: ROLE.DIGITAL_PRODUCT_MANAGER,
      feature: FEATURE.CHANNEL_BREAKDOWNS,
    },
  },
  '2.4': {
    text: localized(
      'We have documented customer personas, and our content is planned from them.',
      '我们有成文的客户画像，并据此规划内容。',
    ),
    recommendation: {
      title: localized('Write personas and plan content from them', '建立客户画像并据此规划内容'),
      action: localized(
        'Interview 8 to 10 customers and frontline staff and write two or three personas with their goals, questions and preferred channels. Tag each piece in the content calendar with the persona it serves and check for gaps every quarter.',
        '访谈 8–10 位客户和一线员工，写出 2–3 个客户画像，包括其目标、关注的问题和常用渠道。在内容日历中为每篇内容标注对应的画像，并每季度检查覆盖缺口。',
      ),
      kpi: localized('Share of planned content mapped to a persona', '对应到客户画像的计划内容占比'),
      ownerRole: ROLE.HEAD_OF_MARKETING,
      feature: FEATURE.JOURNEYS,
    },
  },
  '2.5': {
    text: localized(
      'We run paid acquisition (search, social or feed ads) that leads to dedicated landing pages whose conversions are tracked.',
      '我们开展付费获客（搜索、社交或信息流广告），引流至专门的落地页，并追踪落地页的转化。',
    ),
    recommendation: {
      title: localized('Send paid traffic to tracked landing pages', '为付费流量设置可追踪的落地页'),
      action: localized(
        'Send each paid campaign to its own landing page with campaign parameters and a conversion event. Compare the cost per lead or per order by campaign every month and stop the campaigns that do not pay back.',
        '为每个付费投放活动设置独立落地页，带上活动追踪参数并埋设转化事件。每月按活动比较单条线索或单笔订单的获取成本，停掉无法回本的投放。',
      ),
      kpi: localized('Cost per lead or per order by campaign', '各活动的单线索或单订单获取成本'),
      ownerRole: ROLE.PERFORMANCE_MARKETING_MANAGER,
      feature: FEATURE.CHANNEL_BREAKDOWNS,
    },
  },

  // 3. Align
  '3.1': {
    text: localized(
      'We have 3 to 10 digital goals with numeric targets, and each one is linked to a stated business objective.',
      '我们设定了 3–10 个带量化目标值的数字化目标，每个目标都对应一个明确的业务目标。',
    ),
    recommendation: {
      title: localized('Set digital goals tied to business objectives', '设定与业务目标挂钩的数字化目标'),
      action: localized(
        'Start from the business plan (revenue, new customers, retention) and derive 3 to 10 digital goals, each with a number, a deadline and the objective it serves. Review progress monthly and drop goals that do not move a business objective.',
        '从经营计划（收入、新客、留存）出发，推导出 3–10 个数字化目标，每个目标都有数值、期限及其支撑的业务目标。每月复盘进展，剔除无法推动业务目标的指标。',
      ),
      kpi: localized('Share of digital goals on track against their target', '按计划推进的数字化目标占比'),
      ownerRole: ROLE.HEAD_OF_MARKETING,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '3.2': {
    text: localized(
      'We track conversions (leads, sign-ups, orders) per campaign and per channel.',
      '我们按活动和渠道分别追踪转化（线索、注册、订单）。',
    ),
    recommendation: {
      title: localized('Track conversions per campaign and channel', '按活动和渠道追踪转化'),
      action: localized(
        'Tag every campaign link with consistent parameters and record the channel and campaign on every lead and order. Import orders into cxgraph and check every month that nearly all completed orders carry a channel.',
        '为所有活动链接统一添加追踪参数，在每条线索和每笔订单上记录渠道与活动。将订单导入 cxgraph，每月检查是否几乎所有已完成订单都带有渠道信息。',
      ),
      kpi: localized(
        'Share of completed orders that record a channel; conversions per campaign',
        '记录了渠道的已完成订单占比；各活动的转化数',
      ),
      ownerRole: ROLE.MARKETING_ANALYST,
      feature: FEATURE.CHANNEL_BREAKDOWNS,
    },
  },
  '3.3': {
    text: localized(
      'Each goal has a relative value (e.g. a demo request is worth a set share of a sale), and we use these values to compare channels.',
      '每个目标都设定了相对价值（例如一次预约演示相当于一笔成交的一定比例），我们据此比较各渠道的贡献。',
    ),
    recommendation: {
      title: localized('Give each goal a value', '为每个目标赋予价值'),
      action: localized(
        'Estimate what each kind of conversion is worth relative to a sale, from historical conversion rates and order values. Report the value generated per channel, not only counts, so channels are compared on one scale.',
        '根据历史转化率和客单价，估算每类转化相对于一笔成交的价值。按渠道报告所产生的目标价值，而不只是数量，以便在统一尺度上比较渠道。',
      ),
      kpi: localized('Goal value generated per channel per month', '各渠道每月产生的目标价值'),
      ownerRole: ROLE.MARKETING_ANALYST,
      feature: FEATURE.CHANNEL_BREAKDOWNS,
    },
  },
  '3.4': {
    text: localized(
      'Online identities (website, app, mini-program or official-account users) are linked to customer records in our CRM or order system.',
      '线上身份（官网、App、小程序或公众号用户）已与 CRM 或订单系统中的客户记录关联。',
    ),
    recommendation: {
      title: localized('Link online identities to customer records', '打通线上身份与客户记录'),
      action: localized(
        'Use the CRM or order system’s customer id as the external id when importing customers and orders into cxgraph, and capture it at login or checkout on every owned channel. Match existing online accounts by phone or email once, then keep the link at every sign-up.',
        '向 cxgraph 导入客户和订单时，使用 CRM 或订单系统的客户编号作为外部 ID，并在各自有渠道的登录或下单环节采集该编号。先按手机号或邮箱一次性匹配已有的线上账户，之后在每次注册时保持关联。',
      ),
      kpi: localized(
        'Share of buyers whose customer record has an external id from a CRM or order system',
        '客户记录带有 CRM 或订单系统外部 ID 的购买客户占比',
      ),
      ownerRole: ROLE.HEAD_OF_CRM,
      feature: FEATURE.CUSTOMER_PROFILES,
    },
  },
  '3.5': {
    text: localized(
      'Marketing, sales and service review one shared dashboard together at least monthly.',
      '市场、销售和服务团队至少每月共同查看同一个数据看板。',
    ),
    recommendation: {
      title: localized('Review one dashboard across marketing, sales and service', '市场、销售、服务共用一个看板'),
      action: localized(
        'Build one dashboard from cxgraph’s metrics with the shared goals, conversions by channel and service figures. Review it monthly with the three teams and record each decision with its owner.',
        '基于 cxgraph 的指标搭建一个看板，包含共同目标、各渠道转化和服务数据。每月与三个团队共同复盘，记录每项决策及其责任人。',
      ),
      kpi: localized(
        'Monthly joint reviews held; share of actions from the previous review closed',
        '每月联合复盘的召开情况；上次复盘事项的关闭率',
      ),
      ownerRole: ROLE.CHIEF_OPERATING_OFFICER,
      feature: FEATURE.METRICS_FOR_DASHBOARDS,
    },
  },

  // 4. Segment
  '4.1': {
    text: localized(
      'Customers are segmented on behaviour and transactions (e.g. RFM: recency, frequency, monetary value), and the segments are refreshed at least monthly.',
      '我们基于行为和交易数据对客户进行细分（如 RFM：最近一次消费、消费频率、消费金额），且分群至少每月更新一次。',
    ),
    recommendation: {
      title: localized('Segment customers on RFM and refresh monthly', '基于 RFM 细分客户并按月更新'),
      action: localized(
        'Import the full order history into cxgraph, score customers with RFM and save the segments that matter (e.g. champions, at risk, lapsed). Refresh them at least monthly so campaigns always target current behaviour.',
        '将完整的订单历史导入 cxgraph，用 RFM 为客户打分，并保存关键分群（如高价值客户、流失风险客户、沉睡客户）。至少每月刷新一次，确保营销活动始终基于客户的最新行为。',
      ),
      kpi: localized(
        'Share of active buyers scored in a segment refreshed in the last 35 days',
        '在最近 35 天内刷新过的分群中被评分的活跃购买客户占比',
      ),
      ownerRole: ROLE.HEAD_OF_CRM,
      feature: FEATURE.RFM_SEGMENTS,
    },
  },
  '4.2': {
    text: localized(
      'In our live campaigns, at least two customer segments receive different messages or offers.',
      '在正在进行的营销活动中，至少有两个客户分群收到不同的信息或优惠。',
    ),
    recommendation: {
      title: localized('Differentiate messages by segment', '针对不同分群差异化沟通'),
      action: localized(
        'Pick two or three saved segments with different needs (e.g. new buyers, loyal customers, lapsed customers) and write a distinct message or offer for each. Let the sending tools pull each segment from cxgraph with a partner key so the audiences stay current.',
        '选择 2–3 个需求不同的已保存分群（如新客、忠诚客户、流失客户），为每个分群撰写不同的信息或优惠。让发送工具通过合作方 API 密钥从 cxgraph 拉取分群名单，确保受众始终是最新的。',
      ),
      kpi: localized('Saved segments used in live campaigns; conversion rate per segment', '在投活动使用的已保存分群数；各分群转化率'),
      ownerRole: ROLE.CRM_MARKETING_MANAGER,
      feature: FEATURE.RFM_SEGMENTS,
    },
  },
  '4.3': {
    text: localized(
      'We run at least one controlled A/B test per quarter, and we act on the result.',
      '我们每季度至少开展一次对照 A/B 测试，并根据结果采取行动。',
    ),
    recommendation: {
      title: localized('Run a controlled test every quarter', '每季度开展对照测试'),
      action: localized(
        'Each quarter, test one lever (subject line, offer, landing page) against a random control group large enough to detect the expected difference. Roll out the winner and log every result so the learning accumulates.',
        '每季度选择一个变量（标题、优惠、落地页），与随机对照组进行测试，样本量要足以识别预期差异。推广胜出方案，并记录每次测试的结果，持续积累经验。',
      ),
      kpi: localized('Tests completed per quarter; share of tests acted on', '每季度完成的测试数；据此采取行动的测试占比'),
      ownerRole: ROLE.MARKETING_ANALYST,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '4.4': {
    text: localized(
      'At least one owned channel shows different content to different segments according to set rules.',
      '至少有一个自有渠道能按预设规则向不同分群展示不同内容。',
    ),
    recommendation: {
      title: localized('Personalize one owned channel by rules', '在一个自有渠道上实现规则化个性化'),
      action: localized(
        'Start with one high-traffic page or the mini-program home page and show different banners or recommendations to two or three segments. Take each known visitor’s segment from cxgraph’s saved segments and compare conversion with the default version.',
        '从一个高流量页面或小程序首页开始，向 2–3 个分群展示不同的横幅或推荐内容。已识别访客的所属分群取自 cxgraph 的已保存分群，并与默认版本比较转化率。',
      ),
      kpi: localized('Conversion rate of personalized content compared with the default', '个性化内容与默认内容的转化率对比'),
      ownerRole: ROLE.DIGITAL_PRODUCT_MANAGER,
      feature: FEATURE.RFM_SEGMENTS,
    },
  },
  '4.5': {
    text: localized(
      'Every quarter we reallocate marketing spend between channels according to the value each channel has measurably produced.',
      '我们每季度根据各渠道实际衡量出的价值，在渠道之间重新分配营销预算。',
    ),
    recommendation: {
      title: localized('Reallocate spend quarterly on measured value', '按季度依据实测价值调整预算'),
      action: localized(
        'Each quarter, compare the cost and the measured value (revenue, goal value, customer value) of every channel. Move budget from the weakest channels to the strongest and record the decision with its expected effect.',
        '每季度比较各渠道的成本与实测价值（收入、目标价值、客户价值）。将预算从表现最弱的渠道转向表现最强的渠道，并记录决策及其预期效果。',
      ),
      kpi: localized('Return on marketing spend by channel', '各渠道的营销投入回报率'),
      ownerRole: ROLE.CHIEF_MARKETING_OFFICER,
      feature: FEATURE.CHANNEL_BREAKDOWNS,
    },
  },

  // 5. Personalize
  '5.1': {
    text: localized(
      'At least three always-on, trigger-based journeys run automatically (e.g. welcome, abandoned cart or lead follow-up, win-back).',
      '至少有 3 条由触发条件驱动、持续自动运行的客户旅程（如欢迎旅程、弃购或线索跟进、流失召回）。',
    ),
    recommendation: {
      title: localized('Launch three always-on trigger journeys', '上线 3 条持续运行的触发式旅程'),
      action: localized(
        'Build a welcome journey, an abandoned-cart or lead follow-up journey and a win-back journey in your marketing automation tool. Model each one as a journey in cxgraph, record its touchpoints and compare conversion with customers who did not enter it.',
        '在营销自动化工具中搭建欢迎旅程、弃购或线索跟进旅程以及流失召回旅程。在 cxgraph 中建立对应的客户旅程并记录触点，将转化率与未进入旅程的客户进行比较。',
      ),
      kpi: localized('Conversion rate of each journey compared with a holdout', '各旅程相对对照组的转化率'),
      ownerRole: ROLE.MARKETING_AUTOMATION_MANAGER,
      feature: FEATURE.JOURNEYS,
    },
  },
  '5.2': {
    text: localized(
      'We measure lifecycle metrics (activation, repeat purchase, churn) separately for each customer segment.',
      '我们按客户分群分别衡量生命周期指标（激活、复购、流失）。',
    ),
    recommendation: {
      title: localized('Measure lifecycle metrics per segment', '按分群衡量生命周期指标'),
      action: localized(
        'Load at least 12 months of order history into cxgraph and keep two or more saved segments. Report activation, repeat purchase and churn per segment every month with the cohort and growth metrics filtered by segment.',
        '向 cxgraph 导入至少 12 个月的订单历史，并维护两个以上已保存分群。每月使用按分群筛选的同期群与增长指标，报告各分群的激活、复购和流失情况。',
      ),
      kpi: localized('Repeat purchase rate and churn per segment', '各分群的复购率与流失率'),
      ownerRole: ROLE.HEAD_OF_CRM,
      feature: FEATURE.LIFECYCLE_METRICS,
    },
  },
  '5.3': {
    text: localized(
      'Each customer’s marketing consent and preferred channel are recorded, and every send respects them.',
      '我们记录了每位客户的营销授权和偏好渠道，并在每次发送时予以遵守。',
    ),
    recommendation: {
      title: localized('Capture and honour consent and preferred channel', '采集并遵守客户授权与渠道偏好'),
      action: localized(
        'Record consent and preferred channel at every sign-up and import them into cxgraph’s customer profiles. Send only to saved segments that exclude customers without consent, so a withdrawal takes effect at the next send.',
        '在每次注册时记录客户的营销授权和偏好渠道，并导入 cxgraph 的客户档案。只向已排除未授权客户的已保存分群发送信息，确保客户撤回授权后在下一次发送时即刻生效，符合《个人信息保护法》的要求。',
      ),
      kpi: localized('Share of active buyers with consent recorded; opt-out rate', '已记录授权的活跃购买客户占比；退订率'),
      ownerRole: ROLE.DATA_PROTECTION_OFFICER,
      feature: FEATURE.CONSENT_SEGMENTS,
    },
  },
  '5.4': {
    text: localized(
      'Content and offers are personalized for each individual customer (by purchases, interests or journey stage), not only per segment.',
      '内容和优惠针对每位客户单独定制（依据其购买记录、兴趣或所处旅程阶段），而不仅仅是按分群区分。',
    ),
    recommendation: {
      title: localized('Personalize content for each customer', '实现一对一的内容个性化'),
      action: localized(
        'Use each customer’s purchases, tags and journey stage to choose the product, content or offer in emails, messages and the mini-program. Start with one high-volume message, measure its uplift over the segment-level version, then extend.',
        '依据每位客户的购买记录、标签和旅程阶段，在邮件、消息和小程序中为其选择产品、内容或优惠。先从一条发送量大的信息做起，衡量其相对分群版本的提升效果，再逐步推广。',
      ),
      kpi: localized('Uplift of individual messages over segment-level messages', '一对一信息相对分群信息的效果提升'),
      ownerRole: ROLE.CRM_MARKETING_MANAGER,
      feature: FEATURE.TAGS_AND_JOURNEYS,
    },
  },
  '5.5': {
    text: localized(
      'Sales and service staff see each customer’s journey state or lead score in the tools they already use.',
      '销售和服务人员能在日常使用的工具中看到每位客户的旅程阶段或线索评分。',
    ),
    recommendation: {
      title: localized('Show lead scores and journey state to sales and service', '让销售和服务人员看到线索评分与旅程阶段'),
      action: localized(
        'Compute lead scores in cxgraph and record journey touchpoints for active customers. Sync them into the CRM or service desk with a partner API key so staff see them next to the customer record, and agree what each score band means for follow-up.',
        '在 cxgraph 中计算线索评分，并为活跃客户记录旅程触点。通过合作方 API 密钥同步到 CRM 或客服系统，使员工在客户记录旁即可看到，并约定每个评分区间对应的跟进动作。',
      ),
      kpi: localized(
        'Share of active customers with a lead score or a journey touchpoint in the last 30 days',
        '最近 30 天内有线索评分或旅程触点的活跃客户占比',
      ),
      ownerRole: ROLE.SALES_OPERATIONS_MANAGER,
      feature: FEATURE.LEAD_SCORES,
    },
  },

  // 6. Experience management
  '6.1': {
    text: localized(
      'For most active customers, one profile unifies their online, offline (stores, events, sales visits) and transaction data.',
      '对于大多数活跃客户，我们用一个统一档案整合其线上、线下（门店、活动、销售拜访）和交易数据。',
    ),
    recommendation: {
      title: localized('Unify online and offline data in one profile', '用统一档案打通线上线下数据'),
      action: localized(
        'Import customers, orders and touchpoints from every source system, including stores, events and the sales CRM, with one shared external id per customer. Check monthly how many active buyers have data from two or more sources, one of them offline, and close the gaps source by source.',
        '从所有来源系统（包括门店、活动和销售 CRM）导入客户、订单和触点，每位客户使用统一的外部 ID。每月检查有多少活跃购买客户拥有两个以上来源（其中至少一个为线下），并逐个来源补齐缺口。',
      ),
      kpi: localized(
        'Share of active buyers with two or more source systems, one of them offline',
        '拥有两个以上来源系统（含线下）的活跃购买客户占比',
      ),
      ownerRole: ROLE.HEAD_OF_CRM,
      feature: FEATURE.CUSTOMER_PROFILES,
    },
  },
  '6.2': {
    text: localized(
      'We collect NPS, CSAT or CES continuously at key journey touchpoints, with enough answers at each to act on.',
      '我们在关键旅程触点持续收集 NPS、CSAT 或 CES 反馈，且每个触点的回收量足以支撑决策。',
    ),
    recommendation: {
      title: localized('Collect NPS, CSAT and CES along the journey', '沿客户旅程收集 NPS、CSAT 和 CES'),
      action: localized(
        'Trigger short surveys after key moments (purchase, delivery, service contact) on at least three journey stages, and import every answer into cxgraph linked to its stage. Watch the volume and margin of error per stage, and add reminders where answers are too few.',
        '在关键时刻（购买、交付、服务接触）之后触发简短问卷，至少覆盖 3 个旅程阶段，并将每条答复关联到对应旅程阶段后导入 cxgraph。关注各阶段的回收量和误差范围，答复过少时增加提醒。',
      ),
      kpi: localized(
        'Feedback answers in 90 days per active buyer; journey stages surveyed',
        '90 天内反馈答复数与活跃购买客户数之比；覆盖的旅程阶段数',
      ),
      ownerRole: ROLE.CX_MANAGER,
      feature: FEATURE.FEEDBACK_ANALYTICS,
    },
  },
  '6.3': {
    text: localized(
      'Negative feedback (complaints and detractors) is followed up within a defined SLA, and root causes are reviewed at least monthly.',
      '负面反馈（投诉和贬损者）均在约定时限（SLA）内得到跟进，并且至少每月复盘一次根本原因。',
    ),
    recommendation: {
      title: localized('Close the loop on negative feedback', '负面反馈闭环处理'),
      action: localized(
        'Set a first-response SLA for complaints and detractors (e.g. 24 hours) and route every case to an owner through cxgraph’s feedback operations. Review root causes by category every month and assign a fix to each recurring cause.',
        '为投诉和贬损者设定首次响应时限（如 24 小时），并通过 cxgraph 的反馈运营功能把每个案例分派给责任人。每月按类别复盘根本原因，为每个反复出现的问题指定整改措施。',
      ),
      kpi: localized('Median first response time; share of cases answered within the SLA', '首次响应时间中位数；在时限内响应的案例占比'),
      ownerRole: ROLE.HEAD_OF_CUSTOMER_SERVICE,
      feature: FEATURE.FEEDBACK_OPERATIONS,
    },
  },
  '6.4': {
    text: localized(
      'Channels and frontline staff can read customer profiles in near real time through an API.',
      '各渠道和一线员工能通过 API 近实时地获取客户档案。',
    ),
    recommendation: {
      title: localized('Serve profiles to channels and frontline staff by API', '通过 API 向渠道和一线提供客户档案'),
      action: localized(
        'Issue API keys to the systems that talk to customers (service desk, store app, marketing automation) and have them read profiles and segment changes from cxgraph. Check every week that each key is in use and that the data is minutes, not days, old.',
        '为直接面向客户的系统（客服系统、门店应用、营销自动化工具）签发 API 密钥，让它们从 cxgraph 读取客户档案和分群变化。每周检查各密钥是否在使用，并确认数据延迟在分钟级而非天级。',
      ),
      kpi: localized('API keys used in the last 7 days; age of the data they read', '最近 7 天被使用的 API 密钥数；所读取数据的时效'),
      ownerRole: ROLE.CRM_ARCHITECT,
      feature: FEATURE.API_KEYS,
    },
  },
  '6.5': {
    text: localized(
      'An accountable CX owner and named journey owners are in place, and CX KPIs are part of management reviews.',
      '企业设有对客户体验负责的高管和明确的旅程负责人，且客户体验 KPI 已纳入管理层例会。',
    ),
    recommendation: {
      title: localized('Name CX and journey owners', '明确客户体验与旅程负责人'),
      action: localized(
        'Appoint an executive accountable for customer experience and an owner for each key journey. Put two or three CX KPIs (e.g. NPS, complaint resolution time) on the agenda of the monthly management review.',
        '任命一名对客户体验负责的高管，并为每条关键旅程指定负责人。将 2–3 个客户体验 KPI（如 NPS、投诉解决时长）列入每月管理层例会议程。',
      ),
      kpi: localized('Journeys with a named owner; CX KPIs reviewed by management each month', '已指定负责人的旅程数；管理层每月审阅的客户体验 KPI'),
      ownerRole: ROLE.CHIEF_EXECUTIVE_OFFICER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },

  // 7. Lifetime customers
  '7.1': {
    text: localized(
      'Predictive models (e.g. churn or purchase propensity) run in production, and their outputs trigger actions.',
      '预测模型（如流失预测、购买倾向）已投入生产运行，其输出能触发具体行动。',
    ),
    recommendation: {
      title: localized('Put predictive models to work', '让预测模型驱动行动'),
      action: localized(
        'Start with one model that answers a business question, such as churn risk, and score active buyers at least monthly. Write the scores into cxgraph as predictive tags from a model source and trigger a journey or a sales task from them.',
        '从一个回答具体业务问题的模型（如流失风险）入手，至少每月为活跃购买客户打分。将分数以模型来源的预测标签写入 cxgraph，并据此触发客户旅程或销售任务。',
      ),
      kpi: localized(
        'Share of active buyers with a fresh predictive tag; uplift of model-triggered actions',
        '拥有最新预测标签的活跃购买客户占比；模型触发行动的增量效果',
      ),
      ownerRole: ROLE.HEAD_OF_DATA_SCIENCE,
      feature: FEATURE.PREDICTIVE_TAGS,
    },
  },
  '7.2': {
    text: localized(
      'We measure customer lifetime value (CLV) and use it together with NPS in investment decisions.',
      '我们衡量客户终身价值（CLV），并将其与 NPS 一起用于投资决策。',
    ),
    recommendation: {
      title: localized('Use CLV and NPS in investment decisions', '在投资决策中使用 CLV 和 NPS'),
      action: localized(
        'Load at least 12 months of order history and compute CLV per segment in cxgraph. Rank acquisition and retention investments by the CLV and NPS of the customers they reach, and use that ranking in budget rounds.',
        '导入至少 12 个月的订单历史，在 cxgraph 中按分群计算 CLV。依据所触达客户的 CLV 和 NPS 对获客与留存投入进行排序，并在预算评审中使用该排序。',
      ),
      kpi: localized('CLV by segment and acquisition channel; NPS', '按分群和获客渠道的 CLV；NPS'),
      ownerRole: ROLE.CHIEF_MARKETING_OFFICER,
      feature: FEATURE.CLV,
    },
  },
  '7.3': {
    text: localized(
      'We run an advocacy programme (referrals, reviews or community) and track the share of new customers who come from referrals.',
      '我们开展客户推荐计划（老带新、口碑评价或社群），并追踪来自推荐的新客户占比。',
    ),
    recommendation: {
      title: localized('Turn promoters into advocates', '把推荐者发展为品牌拥护者'),
      action: localized(
        'Invite the promoters identified by NPS to refer friends, write reviews or join a community, with a simple reward. Tag referred new buyers in cxgraph and track their share and the NPS every quarter.',
        '邀请 NPS 识别出的推荐者推荐亲友、撰写评价或加入社群，并提供简单的奖励。在 cxgraph 中为经推荐而来的新客打上标签，每季度追踪其占比和 NPS。',
      ),
      kpi: localized('Share of new buyers from referrals; NPS', '来自推荐的新购买客户占比；NPS'),
      ownerRole: ROLE.HEAD_OF_CUSTOMER_MARKETING,
      feature: FEATURE.ADVOCACY,
    },
  },
  '7.4': {
    text: localized(
      'CX outcomes (e.g. NPS, retention) are written into the objectives and incentives of every department.',
      '客户体验成果（如 NPS、客户留存）已纳入各部门的目标和激励机制。',
    ),
    recommendation: {
      title: localized('Tie objectives and incentives to CX outcomes', '将目标和激励与客户体验成果挂钩'),
      action: localized(
        'Add one or two CX outcomes that each department can influence to its yearly objectives and bonus scheme. Report them from the same source every quarter so no team picks its own figures.',
        '为每个部门选择 1–2 个其能够影响的客户体验成果，纳入年度目标和奖金方案。每季度从同一数据源报告这些指标，避免各团队各取所需。',
      ),
      kpi: localized(
        'Share of departments with CX outcomes in their objectives; NPS and retention trend',
        '目标中包含客户体验成果的部门占比；NPS 与留存趋势',
      ),
      ownerRole: ROLE.CHIEF_HUMAN_RESOURCES_OFFICER,
      feature: FEATURE.ASSESSMENT_HISTORY,
    },
  },
  '7.5': {
    text: localized(
      'A real-time next-best-action engine chooses what to offer each customer across channels, and holdout experiments prove its uplift.',
      '实时的“下一最佳行动”引擎在各渠道为每位客户决定推荐内容，并通过保留对照组实验证明其增量效果。',
    ),
    recommendation: {
      title: localized('Decide the next best action in real time, proven by holdouts', '实时决策下一最佳行动，并用对照组验证'),
      action: localized(
        'Combine predictive tags, segments and journey state into a next-best-action decision served to every channel through the API. Keep a random holdout group on the default treatment and report the uplift every month.',
        '将预测标签、分群和旅程状态结合为“下一最佳行动”决策，通过 API 提供给各渠道。保留一个采用默认策略的随机对照组，每月报告增量效果。',
      ),
      kpi: localized('Incremental revenue or conversion compared with the holdout', '相对对照组的增量收入或转化'),
      ownerRole: ROLE.HEAD_OF_DATA_SCIENCE,
      feature: FEATURE.NEXT_BEST_ACTION,
    },
  },
};
