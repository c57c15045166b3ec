import type {
  AnswerAnchor,
  DimensionKey,
  Localized,
  MaturityModel,
  StageKey,
  TierKey,
} from './maturity-model.types.js';

/**
 * The texts of the maturity model, version 1 (MATURITY.md), in English and Simplified Chinese:
 * tiers, stages, dimensions, anchors and measures (the items' texts are in item-texts.v1.ts).
 * The structure (stages, gates, bindings) lives in question-bank.v1.ts and maturity-model.v1.ts;
 * a new wording that changes what an item asks is a new questionnaire version, not an edit here.
 */

export const localized = (en: string, zhCN: string): Localized => ({ en, 'zh-CN': zhCN });

export const TIER_TEXTS_V1: Record<TierKey, { name: Localized; description: Localized }> = {
  ATTRACT: {
    name: localized('Attract', '吸引关注'),
    description: localized(
      'Stages 1–3: win attention with a consistent, measured presence on the channels customers use.',
      '第 1–3 阶段：在客户常用的渠道上持续、可衡量地发声，赢得关注。',
    ),
  },
  CONVERT: {
    name: localized('Convert', '促成转化'),
    description: localized(
      'Stages 4–5: turn attention into sales through segmented and personalized dialogue.',
      '第 4–5 阶段：通过分群沟通和个性化互动，把关注转化为销售。',
    ),
  },
  ADVOCATE: {
    name: localized('Advocate', '赢得口碑'),
    description: localized(
      'Stages 6–7: earn word of mouth by managing the whole experience and the lifetime relationship.',
      '第 6–7 阶段：管理端到端的客户体验和长期客户关系，赢得口碑推荐。',
    ),
  },
};

export const STAGE_TEXTS_V1: Record<StageKey, { name: Localized; description: Localized; nextSteps: Localized[] }> = {
  INITIATE: {
    name: localized('Initiate', '开始发声'),
    description: localized(
      'The company has a low-cost presence on its own channels, with content mostly about itself; traffic is the main KPI.',
      '企业以较低成本在自有渠道上建立了线上阵地，内容以介绍企业自身为主，流量是主要考核指标。',
    ),
    nextSteps: [
      localized(
        'Find the three or more channels where your customers actually spend time and adapt your content to each of them.',
        '找出客户真正活跃的至少 3 个渠道，并针对每个渠道调整内容形式。',
      ),
      localized(
        'Record the source channel on every order and import orders into cxgraph, so reach and sales can be compared by source.',
        '在每笔订单上记录来源渠道并导入 cxgraph，以便按来源比较触达与销售。',
      ),
      localized(
        'Report reach and traffic by source every month and compare each source with the previous month.',
        '每月按来源汇总触达和流量，并与上月逐项对比。',
      ),
      localized(
        'Write two or three personas from real customer interviews and plan the content calendar around them.',
        '基于真实的客户访谈写出 2–3 个客户画像，并据此规划内容日历。',
      ),
      localized(
        'Make the mobile experience first-class and track mobile conversions separately.',
        '把移动端体验做到位，并单独追踪移动端转化。',
      ),
    ],
  },
  RADIATE: {
    name: localized('Radiate', '扩大声量'),
    description: localized(
      'Content is adapted and distributed on the channels customers use, and reach is reported and compared by source.',
      '内容已针对客户常用的渠道进行适配和分发，并按来源报告和比较触达效果。',
    ),
    nextSteps: [
      localized(
        'Agree 3 to 10 digital goals with numeric targets, each linked to a business objective such as revenue or qualified leads.',
        '确定 3–10 个带量化目标值的数字化目标，每个目标都对应一个业务目标，如收入或有效线索。',
      ),
      localized(
        'Track conversions per campaign and channel, and check in cxgraph that nearly every completed order records its channel.',
        '按活动和渠道追踪转化，并在 cxgraph 中确认几乎所有已完成订单都记录了渠道。',
      ),
      localized(
        'Give each goal a relative value so channels can be compared on one scale.',
        '为每个目标设定相对价值，以便在统一尺度上比较各渠道。',
      ),
      localized(
        'Link website, app and mini-program identities to CRM or order records with a shared external id.',
        '通过统一的外部 ID，把官网、App 和小程序中的用户身份与 CRM 或订单记录关联起来。',
      ),
      localized(
        'Review one shared dashboard every month with marketing, sales and service.',
        '市场、销售和服务团队每月共同复盘同一个数据看板。',
      ),
    ],
  },
  ALIGN: {
    name: localized('Align', '目标匹配'),
    description: localized(
      'Digital goals are tied to business objectives, and conversions are tracked per campaign and channel.',
      '数字化目标已与业务目标挂钩，并按活动和渠道追踪转化。',
    ),
    nextSteps: [
      localized(
        'Score customers with RFM in cxgraph and save behavioural segments that refresh at least monthly.',
        '在 cxgraph 中用 RFM 为客户打分，并保存至少每月刷新一次的行为分群。',
      ),
      localized(
        'Send different messages or offers to at least two saved segments in live campaigns.',
        '在正在进行的营销活动中，至少向两个已保存分群发送不同的信息或优惠。',
      ),
      localized(
        'Run a controlled A/B test every quarter and roll out the winner.',
        '每季度开展一次对照 A/B 测试，并推广胜出方案。',
      ),
      localized(
        'Reallocate spend every quarter on the measured value of each channel.',
        '每季度根据各渠道实测价值重新分配预算。',
      ),
    ],
  },
  SEGMENT: {
    name: localized('Segment', '细分客户'),
    description: localized(
      'Customers are segmented on behaviour (e.g. RFM), segments receive different messages, and changes are tested before they are rolled out.',
      '基于行为（如 RFM）对客户进行细分，不同分群接收不同信息，改动在推广前先经过测试。',
    ),
    nextSteps: [
      localized(
        'Launch at least three always-on trigger journeys: welcome, abandoned cart or lead follow-up, and win-back.',
        '上线至少 3 条持续运行的触发式旅程：欢迎、弃购或线索跟进、流失召回。',
      ),
      localized(
        'Measure activation, repeat purchase and churn per saved segment with cxgraph’s cohort and growth metrics.',
        '使用 cxgraph 的同期群与增长指标，按已保存分群衡量激活、复购和流失。',
      ),
      localized(
        'Capture consent and preferred channel for every contact and honour them in every send.',
        '为每位联系人记录营销授权和偏好渠道，并在每次发送时严格遵守。',
      ),
      localized(
        'Show lead scores and journey state in the CRM and service tools that sales and service already use.',
        '把线索评分和旅程阶段同步到销售与服务人员日常使用的 CRM 和客服工具中。',
      ),
    ],
  },
  PERSONALIZE: {
    name: localized('Personalize', '个性化营销'),
    description: localized(
      'The company holds an individual, trigger-based dialogue with customers across the buying cycle and tracks lifecycle metrics per segment.',
      '企业在整个购买周期中与每位客户进行基于触发条件的个性化互动，并按分群追踪生命周期指标。',
    ),
    nextSteps: [
      localized(
        'Unify online, offline and transaction data into one profile per customer by importing every source system with a shared external id.',
        '以统一的外部 ID 导入所有来源系统，把线上、线下和交易数据整合到每位客户的统一档案中。',
      ),
      localized(
        'Collect NPS, CSAT and CES continuously at key journey stages and link each answer to its stage.',
        '在关键旅程阶段持续收集 NPS、CSAT 和 CES，并把每条答复关联到对应阶段。',
      ),
      localized(
        'Set a response SLA for complaints and detractors, follow them up in cxgraph’s feedback operations and review root causes monthly.',
        '为投诉和贬损者设定响应时限（SLA），通过 cxgraph 的反馈运营功能跟进，并每月复盘根本原因。',
      ),
      localized(
        'Make profiles available to channels and frontline staff in near real time through API keys.',
        '通过 API 密钥让各渠道和一线员工近实时地获取客户档案。',
      ),
      localized(
        'Name an accountable CX owner and journey owners, and put CX KPIs on the management review agenda.',
        '任命客户体验负责人和各旅程负责人，并把客户体验 KPI 列入管理层例会议程。',
      ),
    ],
  },
  MANAGE_EXPERIENCE: {
    name: localized('Experience management', '客户体验管理'),
    description: localized(
      'One profile unifies each customer’s online and offline data, feedback is collected from every channel, and the loop is closed on negative feedback.',
      '统一的客户档案整合了线上和线下数据，反馈来自所有渠道，负面反馈均形成闭环处理。',
    ),
    nextSteps: [
      localized(
        'Put churn and propensity models into production, write their outputs into cxgraph as predictive tags and trigger actions from them.',
        '将流失预测和购买倾向模型投入生产，把输出以预测标签写入 cxgraph，并据此触发行动。',
      ),
      localized(
        'Measure customer lifetime value (CLV) in cxgraph and use it with NPS in investment decisions.',
        '在 cxgraph 中衡量客户终身价值（CLV），并与 NPS 一起用于投资决策。',
      ),
      localized(
        'Start an advocacy programme (referrals, reviews, community) and track the share of new customers who come from referrals.',
        '启动客户推荐计划（老带新、口碑评价、社群），并追踪来自推荐的新客户占比。',
      ),
      localized(
        'Write CX outcomes into the objectives and incentives of every department.',
        '将客户体验成果写入各部门的目标和激励机制。',
      ),
    ],
  },
  LIFETIME: {
    name: localized('Lifetime customers', '养成终身客户'),
    description: localized(
      'Predictive analytics anticipate customer needs, customer lifetime value drives investment, and customers act as advocates.',
      '预测分析能够预判客户需求，客户终身价值驱动投资决策，客户成为品牌的拥护者。',
    ),
    // The last stage has no next one: its steps sustain and extend what was reached.
    nextSteps: [
      localized(
        'Re-run this assessment every 6 to 12 months and set stage and dimension targets so a regression shows early.',
        '每 6–12 个月重新开展一次评估，并设定阶段和维度目标，以便尽早发现倒退。',
      ),
      localized(
        'Prove the uplift of predictive models and next best actions with holdout groups, and retire the ones that do not pay off.',
        '用保留对照组验证预测模型和下一最佳行动的增量效果，淘汰没有回报的部分。',
      ),
      localized(
        'Grow advocacy: turn promoters into referrers and reviewers, and watch NPS and the referred share of new buyers.',
        '扩大口碑效应：把推荐者发展为转介绍人和评价者，并持续关注 NPS 及新客中来自推荐的比例。',
      ),
    ],
  },
};

export const DIMENSION_TEXTS_V1: Record<DimensionKey, { name: Localized; description: Localized }> = {
  STRATEGY: {
    name: localized('Strategy', '战略'),
    description: localized(
      'Goals, priorities, personas and how marketing and CX investment is decided.',
      '目标、优先级、客户画像，以及营销和客户体验投入的决策方式。',
    ),
  },
  DATA: {
    name: localized('Data', '数据'),
    description: localized(
      'How customer data is captured, linked across systems, segmented and modelled.',
      '客户数据如何采集、跨系统打通、细分和建模。',
    ),
  },
  TECHNOLOGY: {
    name: localized('Technology', '技术'),
    description: localized(
      'The tools that track, automate and personalize the customer dialogue across channels.',
      '用于跨渠道追踪、自动化和个性化客户互动的工具与系统。',
    ),
  },
  CHANNELS: {
    name: localized('Content and channels', '内容与渠道'),
    description: localized(
      'Which content and messages customers receive, and on which channels.',
      '客户在哪些渠道上收到什么样的内容和信息。',
    ),
  },
  MEASUREMENT: {
    name: localized('Measurement and feedback', '衡量与反馈'),
    description: localized(
      'How results and customer feedback are measured, compared and acted on.',
      '如何衡量、比较业务成果和客户反馈，并据此采取行动。',
    ),
  },
  ORGANIZATION: {
    name: localized('Organization and people', '组织与人员'),
    description: localized(
      'Ownership, shared routines across teams, and objectives and incentives.',
      '职责归属、跨团队的协同机制，以及目标与激励。',
    ),
  },
};

export const ANCHOR_LABELS_V1: Record<AnswerAnchor['level'], Localized> = {
  0: localized('Not in place', '尚未开展'),
  1: localized('Ad hoc or pilot', '零星开展或试点'),
  2: localized('Partly (some teams or channels)', '部分落实（部分团队或渠道）'),
  3: localized('Largely (standard process, most of the scope)', '基本落实（已形成标准流程，覆盖大部分范围）'),
  4: localized('Fully, measured and improved', '全面落实，持续衡量和改进'),
};

export const QUICK_ANCHOR_LABELS_V1: Record<'NO' | 'PARTLY' | 'YES', Localized> = {
  NO: localized('No', '否'),
  PARTLY: localized('Partly', '部分做到'),
  YES: localized('Yes', '是'),
};

const COVERAGE_BANDS = localized(
  '≥ 90% → 1, ≥ 70% → 0.75, ≥ 50% → 0.5, > 0 → 0.25',
  '占比 ≥ 90% → 1；≥ 70% → 0.75；≥ 50% → 0.5；> 0 → 0.25',
);

export const MEASURE_TEXTS_V1: MaturityModel['measures'] = {
  CONTACTABLE_CUSTOMER_SHARE: {
    name: localized('Share of customers with an email or phone', '留有邮箱或手机号的客户占比'),
    bands: COVERAGE_BANDS,
  },
  ORDERS_WITH_CHANNEL_SHARE: {
    name: localized('Share of completed orders in the last 90 days that record a channel', '最近 90 天已完成订单中记录了渠道的占比'),
    bands: COVERAGE_BANDS,
  },
  BUYERS_WITH_EXTERNAL_ID_SHARE: {
    name: localized(
      'Share of buyers whose customer record has an external id from a CRM or order system',
      '客户记录带有 CRM 或订单系统外部 ID 的购买客户占比',
    ),
    bands: COVERAGE_BANDS,
  },
  FRESH_BEHAVIOURAL_SEGMENT_COVERAGE: {
    name: localized(
      'A saved segment using RFM or order conditions refreshed in the last 35 days, and the share of active buyers scored',
      '最近 35 天内刷新过的、使用 RFM 或订单条件的已保存分群，以及被评分的活跃购买客户占比',
    ),
    bands: localized(
      'No such segment refreshed in 35 days → 0; otherwise on the share: ≥ 90% → 1, ≥ 70% → 0.75, ≥ 50% → 0.5, > 0 → 0.25',
      '35 天内没有刷新过此类分群 → 0；否则按占比：≥ 90% → 1；≥ 70% → 0.75；≥ 50% → 0.5；> 0 → 0.25',
    ),
  },
  ACTIVE_SEGMENT_COUNT: {
    name: localized(
      'Saved segments refreshed in the last 35 days or pulled with a partner key in the last 90 days',
      '最近 35 天内刷新过或最近 90 天内被合作方密钥拉取过的已保存分群数',
    ),
    bands: localized('≥ 5 → 1, 3–4 → 0.75, 2 → 0.5, 1 → 0.25', '≥ 5 个 → 1；3–4 个 → 0.75；2 个 → 0.5；1 个 → 0.25'),
  },
  LIFECYCLE_MEASURABILITY: {
    name: localized(
      'Lifecycle per segment measurable: at least 12 months of order history and at least 2 saved segments',
      '能否按分群衡量生命周期：至少 12 个月的订单历史，且至少有 2 个已保存分群',
    ),
    bands: localized('Both → 0.75, one of the two → 0.5', '两项都满足 → 0.75；只满足一项 → 0.5'),
  },
  CONSENT_COVERAGE: {
    name: localized('Share of active buyers with consent recorded', '已记录营销授权的活跃购买客户占比'),
    bands: COVERAGE_BANDS,
  },
  LEAD_SCORE_OR_JOURNEY_COVERAGE: {
    name: localized(
      'Share of active customers with a lead score or a journey touchpoint in the last 30 days',
      '最近 30 天内有线索评分或旅程触点的活跃客户占比',
    ),
    bands: COVERAGE_BANDS,
  },
  UNIFIED_PROFILE_COVERAGE: {
    name: localized(
      'Share of active buyers with data from 2 or more source systems, one of them offline',
      '数据来自两个以上来源系统（其中至少一个为线下）的活跃购买客户占比',
    ),
    bands: COVERAGE_BANDS,
  },
  FEEDBACK_VOLUME_AND_STAGES: {
    name: localized(
      'NPS, CSAT and CES answers in the last 90 days per active buyer, and the number of journey stages surveyed',
      '最近 90 天 NPS、CSAT、CES 答复数与活跃购买客户数之比，以及覆盖的旅程阶段数',
    ),
    bands: localized(
      '≥ 5% and ≥ 3 stages → 1, ≥ 2% → 0.75, ≥ 0.5% → 0.5, > 0 → 0.25',
      '≥ 5% 且覆盖 ≥ 3 个阶段 → 1；≥ 2% → 0.75；≥ 0.5% → 0.5；> 0 → 0.25',
    ),
  },
  CLOSED_LOOP_RESPONSE: {
    name: localized(
      'Median first response time to complaints and detractors, and the share answered within the SLA',
      '投诉和贬损者的首次响应时间中位数，以及在时限（SLA）内响应的占比',
    ),
    bands: localized(
      '≤ 24 h and ≥ 90% within the SLA → 1, ≤ 48 h → 0.75, ≤ 7 days → 0.5, any response → 0.25',
      '≤ 24 小时且 ≥ 90% 在时限内 → 1；≤ 48 小时 → 0.75；≤ 7 天 → 0.5；有任何响应 → 0.25',
    ),
  },
  ACTIVE_API_KEYS: {
    name: localized('Partner or frontline API keys used in the last 7 days', '最近 7 天内被使用的合作方或一线 API 密钥数'),
    bands: localized('≥ 2 → 1, 1 → 0.75', '≥ 2 个 → 1；1 个 → 0.75'),
  },
  PREDICTIVE_TAG_COVERAGE: {
    name: localized(
      'Share of active buyers with a predictive tag assigned by a model in the last 35 days',
      '最近 35 天内由模型打上预测标签的活跃购买客户占比',
    ),
    bands: COVERAGE_BANDS,
  },
  CLV_READINESS: {
    name: localized(
      'CLV computable and in use: at least 12 months of order history, and CLV queried in the last 90 days',
      'CLV 是否可计算并在使用：至少 12 个月的订单历史，且最近 90 天内查询过 CLV',
    ),
    bands: localized('Both → 0.75, history only → 0.5', '两项都满足 → 0.75；仅满足订单历史 → 0.5'),
  },
  ADVOCACY_NPS: {
    name: localized(
      'NPS over the last 90 days, and the share of new buyers tagged as referred',
      '最近 90 天的 NPS，以及被标记为推荐而来的新购买客户占比',
    ),
    bands: localized('NPS ≥ 50 → 1, ≥ 30 → 0.75, > 0 → 0.5, otherwise 0.25', 'NPS ≥ 50 → 1；≥ 30 → 0.75；> 0 → 0.5；其他 → 0.25'),
  },
};
