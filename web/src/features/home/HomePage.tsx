import { Link } from '../../app/router';
import { useSession, type Scope } from '../../app/session';
import { defineMessages, useFormat, useMessages } from '../../i18n/i18n';

const messages = defineMessages({
  en: {
    title: 'Overview',
    company: 'Company',
    timeZone: 'Time zone',
    currency: 'Base currency',
    key: 'API key',
    expires: 'Expires',
    never: 'never',
    scopesTitle: 'What this key allows',
    trustedOnly: 'This key may only send registered (trusted) documents, so most console pages will be refused by the server.',
    scopes: {
      admin: 'Everything, including managing API keys',
      'customers:read': 'Read customers, orders, journeys and feedback',
      'customers:write': 'Create and change customers and their data',
      'analytics:read': 'Dashboards: NPS, RFM, growth, cohorts, feedback operations',
      'segments:read': 'See saved segments and their members',
      'segments:write': 'Build, preview and save segments',
      'assessments:read': 'Read maturity assessments and reports',
      'assessments:write': 'Run maturity assessments',
    } satisfies Record<Scope, string>,
    start: 'Where to start',
    links: { assessment: 'Maturity assessments', nps: 'NPS dashboard', rfm: 'RFM heat map', segments: 'Segments', explorer: 'API explorer' },
  },
  'zh-CN': {
    title: '概览',
    company: '公司',
    timeZone: '时区',
    currency: '本位币',
    key: 'API 密钥',
    expires: '到期',
    never: '永不过期',
    scopesTitle: '此密钥的权限',
    trustedOnly: '此密钥只能发送已登记（受信任）的查询文档，因此控制台的大多数页面会被服务器拒绝。',
    scopes: {
      admin: '全部权限，包括管理 API 密钥',
      'customers:read': '读取客户、订单、旅程和反馈',
      'customers:write': '创建和修改客户及其数据',
      'analytics:read': '仪表盘：NPS、RFM、增长、同期群、反馈运营',
      'segments:read': '查看已保存的分群及其成员',
      'segments:write': '创建、预览并保存分群',
      'assessments:read': '读取成熟度评估和报告',
      'assessments:write': '进行成熟度评估',
    } satisfies Record<Scope, string>,
    start: '从这里开始',
    links: { assessment: '成熟度评估', nps: 'NPS 仪表盘', rfm: 'RFM 热力图', segments: '客户分群', explorer: 'API 浏览器' },
  },
});

/** What the signed-in key is and what it may do, with links to the sections it opens. */
export function HomePage() {
  const t = useMessages(messages);
  const format = useFormat();
  const { viewer, can } = useSession();
  if (!viewer) return null;
  const scopes = viewer.apiKey.scopes as Scope[];
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.title}</h1>
      <dl className="facts">
        <dt>{t.company}</dt>
        <dd data-testid="tenant-name">{viewer.tenant.name}</dd>
        <dt>{t.timeZone}</dt>
        <dd>{viewer.tenant.timeZone}</dd>
        <dt>{t.currency}</dt>
        <dd>{viewer.tenant.baseCurrency}</dd>
        <dt>{t.key}</dt>
        <dd>
          {viewer.apiKey.name} (<code>{viewer.apiKey.prefix}…</code>)
        </dd>
        <dt>{t.expires}</dt>
        <dd>{viewer.apiKey.expiresAt ? format.dateTime(viewer.apiKey.expiresAt) : t.never}</dd>
      </dl>
      {viewer.apiKey.trustedDocumentsOnly && <p className="notice warning">{t.trustedOnly}</p>}
      <h2>{t.scopesTitle}</h2>
      <ul className="scope-list" data-testid="scope-list">
        {scopes.map((scope) => (
          <li key={scope}>
            <code>{scope}</code> — {t.scopes[scope] ?? scope}
          </li>
        ))}
      </ul>
      <h2>{t.start}</h2>
      <ul className="start-links">
        {can('assessments:read') && (
          <li>
            <Link to="/assessments">{t.links.assessment}</Link>
          </li>
        )}
        {can('analytics:read') && (
          <li>
            <Link to="/dashboards/nps">{t.links.nps}</Link>
          </li>
        )}
        {can('analytics:read') && (
          <li>
            <Link to="/dashboards/rfm">{t.links.rfm}</Link>
          </li>
        )}
        {can('segments:read') && (
          <li>
            <Link to="/segments">{t.links.segments}</Link>
          </li>
        )}
        <li>
          <Link to="/explorer">{t.links.explorer}</Link>
        </li>
      </ul>
    </section>
  );
}
