import type { MaturityReportLabels, MaturityReportView, ReportDimension, ReportLadderStep, ReportRecommendation, ReportStage } from './report-view.js';

/**
 * The printable report of one assessment as a single self-contained HTML5 page: inline CSS, no
 * script, nothing fetched from anywhere (a consultant saves it, mails it or prints it to PDF).
 * Every value from the view goes through `html`, which escapes it: the view carries free text
 * typed by users (company name, respondents, titles).
 */
export function renderReportHtml(view: MaturityReportView): string {
  const { labels } = view;
  const page = html`<!DOCTYPE html>
<html lang="${view.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${view.companyName} · ${labels.documentTitle}</title>
<style>${trusted(STYLESHEET)}</style>
</head>
<body>
${headerSection(view)}
${nextStepsSection(view.nextSteps, labels)}
${ladderSection(view.ladder, labels)}
${dimensionsSection(view, labels)}
${stageScoresSection(view.ladder, labels)}
${recommendationsSection(view.recommendations, labels)}
${evidenceSection(view, labels)}
<footer class="attribution">${labels.attribution}</footer>
</body>
</html>
`;
  return page.markup;
}

// ─── Escaping ────────────────────────────────────────────────────────────────────────────────

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Markup that is safe as it is: only `html` (which escapes what it interpolates) and `trusted` make one. */
class SafeHtml {
  constructor(readonly markup: string) {}
}

type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function trusted(constantMarkup: string): SafeHtml {
  return new SafeHtml(constantMarkup);
}

function toMarkup(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeHtml(value as string);
}

/** A template tag that escapes every interpolated string, so no call site can forget to. */
function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0];
  values.forEach((value, index) => {
    markup += toMarkup(value) + strings[index + 1];
  });
  return new SafeHtml(markup);
}

// ─── Formatting ──────────────────────────────────────────────────────────────────────────────

const NONE = '—';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function decimal(value: number | null, digits: number): string {
  return value === null ? NONE : value.toFixed(digits);
}

/** Clamped to 0..100 so a bad score cannot push a bar out of its track. */
function widthPercent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}

function stageText(stage: ReportStage): string {
  return `${stage.number} · ${stage.name}`;
}

function inlineList(entries: readonly HtmlValue[]): SafeHtml {
  return html`<ul class="inline-list">${entries.map((entry) => html`<li>${entry}</li>`)}</ul>`;
}

// ─── Sections ────────────────────────────────────────────────────────────────────────────────

function headerSection(view: MaturityReportView): SafeHtml {
  const { labels, assessment } = view;
  const dateLabel = assessment.status === 'SUBMITTED' ? labels.submittedOn : labels.createdOn;
  return html`<header class="report-header">
<p class="company">${view.companyName}</p>
<p class="meta">${assessment.title} · <span class="status status-${assessment.status}">${labels.statusNames[assessment.status]}</span> · ${dateLabel} ${assessment.date}</p>
<h1 data-testid="headline">${view.headline}</h1>
${view.provisional && html`<div class="provisional"><strong>${labels.provisional}</strong>${inlineList(view.provisionalReasons)}</div>`}
<dl class="key-figures">
<div><dt>${labels.tier}</dt><dd>${view.tierName ?? NONE}</dd></div>
<div><dt>${labels.evidenceAdjustedStage}</dt><dd>${stageText(view.evidenceAdjustedStage)}</dd></div>
<div><dt>${labels.selfReportedStage}</dt><dd>${stageText(view.selfReportedStage)}</dd></div>
<div><dt>${labels.maturityIndex}</dt><dd>${decimal(view.maturityIndex, 1)} / 7</dd></div>
<div><dt>${labels.confidence}</dt><dd><span class="band band-${view.confidence.band}">${view.confidence.bandLabel}</span> ${decimal(view.confidence.value, 2)}</dd></div>
</dl>
<div class="respondents"><span>${labels.respondents}</span>${inlineList(view.respondents)}</div>
</header>`;
}

function nextStepsSection(nextSteps: string[], labels: MaturityReportLabels): SafeHtml | null {
  if (nextSteps.length === 0) return null;
  return html`<section class="next-steps"><h2>${labels.nextSteps}</h2><ol>${nextSteps.map((step) => html`<li>${step}</li>`)}</ol></section>`;
}

/** Consecutive steps of one tier, for the bands under the ladder. */
function tierBands(ladder: ReportLadderStep[]): { step: ReportLadderStep; span: number }[] {
  const bands: { step: ReportLadderStep; span: number }[] = [];
  for (const step of ladder) {
    const last = bands.at(-1);
    if (last && last.step.tierKey === step.tierKey) last.span += 1;
    else bands.push({ step, span: 1 });
  }
  return bands;
}

function ladderSection(ladder: ReportLadderStep[], labels: MaturityReportLabels): SafeHtml {
  const steps = ladder.map((step) => {
    const classes = ['ladder-step', `tier-${step.tierKey}`, step.achieved ? 'achieved' : 'open', step.current ? 'current' : ''].join(' ').trim();
    // The steps rise like stairs so the ladder reads as a progression even in black and white.
    return html`<li class="${classes}" data-testid="ladder-step" style="--rise: ${step.number}">
<div class="step-block"><span class="step-number">${step.number}</span><span class="step-name">${step.name}</span><span class="step-score">${percent(step.score)}</span></div>
<div class="step-notes">${step.current && html`<span class="tag">${labels.current}</span>`}${step.achieved && html`<span class="tick">✓ ${labels.achieved}</span>`}${step.failingGateIds.length > 0 && html`<span class="gates">${labels.failingGates}: ${step.failingGateIds.join(', ')}</span>`}</div>
</li>`;
  });
  const bands = tierBands(ladder).map(({ step, span }) => html`<li class="tier-band tier-${step.tierKey}" style="grid-column: span ${span}">${step.tierName}</li>`);
  return html`<section class="ladder"><h2>${labels.ladder}</h2><ol class="ladder-steps">${steps}</ol><ol class="tier-bands">${bands}</ol></section>`;
}

const RADAR = { width: 720, height: 430, centerX: 360, centerY: 215, radius: 140, levels: 7 };

function coordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The point of level `level` on axis `axis` of `count`, clockwise from the top. */
function radarPoint(axis: number, count: number, level: number): { x: number; y: number; cosine: number; sine: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / count;
  const distance = (RADAR.radius * level) / RADAR.levels;
  const cosine = Math.cos(angle);
  const sine = Math.sin(angle);
  return { x: coordinate(RADAR.centerX + distance * cosine), y: coordinate(RADAR.centerY + distance * sine), cosine, sine };
}

function polygonPoints(levels: number[]): string {
  return levels.map((level, axis) => radarPoint(axis, levels.length, level)).map(({ x, y }) => `${x},${y}`).join(' ');
}

function radarSvg(dimensions: ReportDimension[], labels: MaturityReportLabels): SafeHtml {
  const count = dimensions.length;
  const rings = Array.from({ length: RADAR.levels }, (_, index) => index + 1).map((level) => {
    const top = radarPoint(0, count, level);
    return html`<polygon class="ring${level === RADAR.levels ? ' outer' : ''}" points="${polygonPoints(dimensions.map(() => level))}"/><text class="ring-label" x="${top.x + 4}" y="${top.y - 2}">${level}</text>`;
  });
  const axes = dimensions.map((dimension, axis) => {
    const end = radarPoint(axis, count, RADAR.levels);
    const label = radarPoint(axis, count, RADAR.levels + 0.9);
    const anchor = Math.abs(label.cosine) < 0.1 ? 'middle' : label.cosine > 0 ? 'start' : 'end';
    // Two lines: above the top axis both go up, elsewhere they start at the axis end.
    const firstLineY = coordinate(label.sine < -0.9 ? label.y - 16 : label.sine > 0.9 ? label.y + 6 : label.y - 2);
    const levelText = `${labels.level} ${dimension.level}` + (dimension.targetLevel === null ? '' : ` · ${labels.target} ${dimension.targetLevel}`);
    return html`<g class="radar-axis" data-testid="radar-axis"><line x1="${RADAR.centerX}" y1="${RADAR.centerY}" x2="${end.x}" y2="${end.y}"/><text x="${label.x}" y="${firstLineY}" text-anchor="${anchor}"><tspan class="axis-name">${dimension.name}</tspan><tspan class="axis-level" x="${label.x}" dy="1.25em">${levelText}</tspan></text></g>`;
  });
  const hasTargets = dimensions.some((dimension) => dimension.targetLevel !== null);
  // A dimension without a target keeps its level on the target outline: no target, no gap.
  const targets = hasTargets && html`<polygon class="target" points="${polygonPoints(dimensions.map((dimension) => dimension.targetLevel ?? dimension.level))}"/>`;
  const dots = dimensions.map((dimension, axis) => {
    const point = radarPoint(axis, count, dimension.level);
    return html`<circle class="level-dot" cx="${point.x}" cy="${point.y}" r="3.5"/>`;
  });
  return html`<svg class="radar" viewBox="0 0 ${RADAR.width} ${RADAR.height}" role="img" aria-label="${labels.dimensions}">
<title>${labels.dimensions}</title>
${rings}${axes}
<polygon class="levels" points="${polygonPoints(dimensions.map((dimension) => dimension.level))}"/>
${targets}${dots}
</svg>`;
}

function dimensionsSection(view: MaturityReportView, labels: MaturityReportLabels): SafeHtml {
  const hasTargets = view.dimensions.some((dimension) => dimension.targetLevel !== null);
  const rows = view.dimensions.map(
    (dimension) =>
      html`<tr${dimension.name === view.floorName ? trusted(' class="floor"') : ''}><th scope="row">${dimension.name}</th><td>${dimension.level}</td><td>${dimension.mean === null ? NONE : percent(dimension.mean)}</td>${hasTargets && html`<td>${dimension.targetLevel ?? NONE}</td>`}</tr>`,
  );
  return html`<section class="dimensions"><h2>${labels.dimensions}</h2>
<figure>${radarSvg(view.dimensions, labels)}
<figcaption><span class="legend levels-legend"></span>${labels.level}${hasTargets && html` <span class="legend target-legend"></span>${labels.target}`} · ${labels.floor}: <strong>${view.floorName}</strong></figcaption></figure>
<table class="compact"><thead><tr><th></th><th>${labels.level}</th><th>${labels.effectiveScore}</th>${hasTargets && html`<th>${labels.target}</th>`}</tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

function stageScoresSection(ladder: ReportLadderStep[], labels: MaturityReportLabels): SafeHtml {
  const bars = ladder.map(
    (step) => html`<div class="bar-row${step.current ? ' current' : ''}"><span class="bar-label">${stageText(step)}</span><span class="bar-track"><span class="bar-fill tier-${step.tierKey}" style="width: ${widthPercent(step.score)}%"></span><span class="bar-threshold"></span></span><span class="bar-value">${percent(step.score)}</span></div>`,
  );
  return html`<section class="stage-scores"><h2>${labels.stageScores}</h2>${bars}<p class="note"><span class="threshold-legend"></span>${labels.threshold}</p></section>`;
}

function recommendationItem(recommendation: ReportRecommendation, labels: MaturityReportLabels): SafeHtml {
  const triggers = recommendation.items.map(
    (item) =>
      html`<tr><td class="item-id">${item.id}</td><td>${item.text}</td><td><ul class="stacked-list">${item.answers.map((answer) => html`<li>${answer.respondent}: ${answer.answer}</li>`)}</ul></td><td>${item.evidenceSummary ?? NONE}</td></tr>`,
  );
  return html`<li class="recommendation" data-testid="recommendation">
<h3>${recommendation.title} <span class="reason">${recommendation.reasonLabel}</span></h3>
<p class="action">${recommendation.action}</p>
<dl class="facts"><div><dt>${labels.kpi}</dt><dd>${recommendation.kpi}</dd></div><div><dt>${labels.ownerRole}</dt><dd>${recommendation.ownerRole}</dd></div><div><dt>${labels.feature}</dt><dd>${recommendation.feature}</dd></div></dl>
<table class="compact triggers"><caption>${labels.triggeredBy}</caption><thead><tr><th>${labels.item}</th><th>${labels.statement}</th><th>${labels.answers}</th><th>${labels.measure}</th></tr></thead><tbody>${triggers}</tbody></table>
</li>`;
}

function recommendationsSection(recommendations: ReportRecommendation[], labels: MaturityReportLabels): SafeHtml | null {
  if (recommendations.length === 0) return null;
  return html`<section class="recommendations"><h2>${labels.recommendations}</h2><ol>${recommendations.map((recommendation) => recommendationItem(recommendation, labels))}</ol></section>`;
}

function evidenceSection(view: MaturityReportView, labels: MaturityReportLabels): SafeHtml {
  const rows = view.evidence.map(
    (row) =>
      html`<tr class="status-${row.status}"><td class="item-id">${row.itemId}</td><td>${row.text}</td><td>${row.selfAnswer}</td><td>${row.measureName ?? NONE}</td><td>${row.value ?? NONE}</td><td class="number">${decimal(row.level, 2)}</td><td><span class="status-label">${row.statusLabel}</span></td><td class="number">${decimal(row.effectiveScore, 2)}</td></tr>`,
  );
  return html`<section class="evidence"><h2>${labels.evidenceTable}</h2>
<table><thead><tr><th>${labels.item}</th><th>${labels.statement}</th><th>${labels.selfAnswer}</th><th>${labels.measure}</th><th>${labels.value}</th><th>${labels.evidenceLevel}</th><th>${labels.status}</th><th>${labels.effectiveScore}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

// ─── Style ───────────────────────────────────────────────────────────────────────────────────

// System fonts only (nothing to fetch); the CJK families come first on a Chinese page so
// punctuation and digits match the Chinese text.
const STYLESHEET = `
:root { --ink: #1d2330; --muted: #5b6475; --rule: #d5dae3; --attract: #2f6fb0; --convert: #23875a; --advocate: #8a3fa8;
  --good: #23875a; --warn: #b7791f; --bad: #c0392b; --info: #2f6fb0; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: var(--ink); font-size: 13px; line-height: 1.45; max-width: 182mm; margin: 10mm auto; padding: 0 4mm; }
html:lang(zh) body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 24px; margin: 4px 0 10px; }
h2 { font-size: 16px; margin: 0 0 8px; padding-bottom: 3px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 14px; margin: 0 0 4px; }
section { margin: 0 0 18px; break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 11px; }
th, td { text-align: left; vertical-align: top; padding: 3px 5px; border-bottom: 1px solid var(--rule); }
thead th { background: #eef1f6; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.number { text-align: right; white-space: nowrap; }
td.item-id { white-space: nowrap; font-weight: 600; }
caption { text-align: left; font-weight: 600; color: var(--muted); padding: 4px 0; }
ul.inline-list { display: inline; list-style: none; margin: 0; padding: 0; }
ul.inline-list li { display: inline; }
ul.inline-list li + li::before { content: " · "; color: var(--muted); }
ul.stacked-list { list-style: none; margin: 0; padding: 0; }
.report-header { border-bottom: 4px solid var(--attract); padding-bottom: 10px; margin-bottom: 16px; }
.company { font-size: 15px; font-weight: 700; margin: 0; }
.meta { color: var(--muted); margin: 2px 0 0; }
.status { font-weight: 600; }
.status-DRAFT { color: var(--warn); }
.provisional { border-left: 4px solid var(--warn); background: #fdf5e6; padding: 6px 10px; margin: 0 0 10px; }
.provisional strong { margin-right: 8px; }
.key-figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 0 0 8px; }
.key-figures div { border: 1px solid var(--rule); border-radius: 4px; padding: 6px 8px; }
.key-figures dt { font-size: 10px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.key-figures dd { margin: 2px 0 0; font-size: 14px; font-weight: 700; }
.respondents > span { color: var(--muted); margin-right: 8px; }
.band { padding: 1px 6px; border-radius: 3px; color: #fff; font-size: 12px; }
.band-HIGH { background: var(--good); } .band-MEDIUM { background: var(--warn); } .band-LOW { background: var(--bad); }
.next-steps ol { margin: 0; padding-left: 20px; }
.tier-ATTRACT { --tier: var(--attract); } .tier-CONVERT { --tier: var(--convert); } .tier-ADVOCATE { --tier: var(--advocate); }
.ladder ol { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(7, 1fr); gap: 4px; }
.ladder-steps { align-items: end; }
.ladder-step { display: flex; flex-direction: column; justify-content: flex-end; }
.step-block { display: flex; flex-direction: column; justify-content: flex-end; min-height: calc(40px + var(--rise) * 12px);
  border: 2px solid var(--tier); border-radius: 4px 4px 0 0; padding: 4px 5px; background: #fff; color: var(--ink); }
.ladder-step.achieved .step-block { background: var(--tier); color: #fff; }
.ladder-step.current .step-block { outline: 3px solid var(--ink); outline-offset: 2px; }
.step-number { font-size: 18px; font-weight: 800; line-height: 1; }
.step-name { font-size: 11px; font-weight: 600; }
.step-score { font-size: 11px; }
.step-notes { min-height: 32px; font-size: 10px; padding-top: 5px; }
.step-notes span { display: block; }
.step-notes .tag { font-weight: 700; }
.step-notes .tick { color: var(--good); }
.step-notes .gates { color: var(--bad); }
.tier-band { background: var(--tier); color: #fff; text-align: center; font-size: 11px; font-weight: 700; padding: 2px 0; border-radius: 2px; }
.dimensions figure { margin: 0 auto; max-width: 160mm; }
.dimensions figcaption { text-align: center; font-size: 11px; color: var(--muted); }
.dimensions table { max-width: 135mm; margin: 6px auto 0; }
.dimensions tr.floor th, .dimensions tr.floor td { color: var(--bad); font-weight: 700; }
.radar { width: 100%; height: auto; display: block; font-size: 13px; }
.radar .ring { fill: none; stroke: var(--rule); stroke-width: 1; }
.radar .ring.outer { stroke: #9aa3b2; stroke-width: 1.5; }
.radar .ring-label { font-size: 10px; fill: #8a93a3; }
.radar .radar-axis line { stroke: #9aa3b2; stroke-width: 1; }
.radar .axis-name { font-weight: 700; fill: var(--ink); }
.radar .axis-level { fill: var(--muted); font-size: 11px; }
.radar .levels { fill: rgba(47, 111, 176, .28); stroke: var(--attract); stroke-width: 2.5; }
.radar .level-dot { fill: var(--attract); }
.radar .target { fill: none; stroke: var(--bad); stroke-width: 2; stroke-dasharray: 6 4; }
.legend { display: inline-block; width: 18px; height: 0; vertical-align: middle; margin: 0 4px 0 8px; }
.levels-legend { border-top: 3px solid var(--attract); }
.target-legend { border-top: 2px dashed var(--bad); }
.bar-row { display: grid; grid-template-columns: 42mm 1fr 12mm; gap: 8px; align-items: center; margin: 3px 0; font-size: 12px; }
.bar-row.current .bar-label { font-weight: 700; }
.bar-track { position: relative; height: 12px; background: #eef1f6; border-radius: 2px; }
.bar-fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--tier); border-radius: 2px; }
.bar-threshold { position: absolute; left: 70%; top: -3px; bottom: -3px; border-left: 2px dashed var(--ink); }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; }
.note { font-size: 11px; color: var(--muted); margin: 6px 0 0; }
.threshold-legend { display: inline-block; height: 10px; border-left: 2px dashed var(--ink); margin-right: 6px; vertical-align: middle; }
.recommendations { break-inside: auto; page-break-inside: auto; }
.recommendations > ol { margin: 0; padding-left: 20px; }
.recommendation { margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
.recommendation .reason { font-size: 10px; font-weight: 600; color: #fff; background: var(--muted); border-radius: 3px; padding: 1px 6px; vertical-align: middle; }
.recommendation .action { margin: 0 0 4px; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 0 0 4px; font-size: 11px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.evidence { break-inside: auto; page-break-inside: auto; }
.status-label { font-weight: 600; }
.status-CORROBORATED .status-label { color: var(--good); }
.status-OVERCLAIM .status-label { color: var(--bad); }
.status-UNDERCLAIM .status-label { color: var(--warn); }
.status-OVERRIDDEN .status-label { color: var(--info); }
.status-SELF_REPORTED .status-label, .status-NOT_APPLICABLE .status-label { color: var(--muted); }
.status-NOT_APPLICABLE td { color: #8a93a3; }
.attribution { font-size: 10px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 6px; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
`;
