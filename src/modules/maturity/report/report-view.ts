import type { DimensionKey, Locale, TierKey } from '../model/maturity-model.types.js';
import type { ConfidenceBand, ItemStatus } from '../scoring/maturity-scoring.types.js';

/**
 * Everything the printable report of one assessment shows, already localized and formatted by
 * the caller: the renderer reads strings and numbers only, never the model, and has no language
 * branches. Keys (tier, dimension, status, band) are kept beside their labels only so the page
 * can colour by them.
 */
export interface MaturityReportView {
  locale: Locale;
  companyName: string;
  assessment: {
    title: string;
    status: 'DRAFT' | 'SUBMITTED';
    /** The submitted date when submitted, else the created date, formatted for the locale. */
    date: string;
  };
  /** Display names of the people who answered. */
  respondents: string[];
  /** "Stage 3 · Align, 45% toward Segment". */
  headline: string;
  /** Null at stage 0 (not started). */
  tierName: string | null;
  selfReportedStage: ReportStage;
  evidenceAdjustedStage: ReportStage;
  /** M ∈ [0, 7]. */
  maturityIndex: number;
  confidence: { band: ConfidenceBand; bandLabel: string; /** 0..1 */ value: number };
  provisional: boolean;
  /** Localized sentences, one per reason; empty when not provisional. */
  provisionalReasons: string[];
  /** The seven stages, in order. */
  ladder: ReportLadderStep[];
  /** The six dimensions, in model order (the radar's axes, clockwise from the top). */
  dimensions: ReportDimension[];
  floorName: string;
  recommendations: ReportRecommendation[];
  /** The current stage's plan to reach the next one. */
  nextSteps: string[];
  /** Every item of the questionnaire, in model order. */
  evidence: ReportEvidenceRow[];
  labels: MaturityReportLabels;
}

export interface ReportStage {
  /** 0..7, 0 = not started. */
  number: number;
  name: string;
}

export interface ReportLadderStep {
  /** 1..7 */
  number: number;
  name: string;
  tierKey: TierKey;
  tierName: string;
  /** S_k, 0..1. */
  score: number;
  achieved: boolean;
  /** The evidence-adjusted stage. */
  current: boolean;
  failingGateIds: string[];
}

export interface ReportDimension {
  key: DimensionKey;
  name: string;
  /** 0..7 */
  level: number;
  /** Mean effective score 0..1; null when the dimension has no applicable item. */
  mean: number | null;
  /** 0..7; null when no target is set. */
  targetLevel: number | null;
}

export interface ReportRecommendation {
  title: string;
  action: string;
  /** "Failing gate of the next stage", "Foundation gap"… */
  reasonLabel: string;
  kpi: string;
  ownerRole: string;
  feature: string;
  items: ReportTriggeringItem[];
}

export interface ReportTriggeringItem {
  id: string;
  text: string;
  answers: { respondent: string; answer: string }[];
  /** E.g. "Orders with a channel: 62% (90 days) → level 0.50"; null when the item has no evidence. */
  evidenceSummary: string | null;
}

export interface ReportEvidenceRow {
  itemId: string;
  text: string;
  /** The median answer's label ("Largely", "Unknown", "Not applicable"). */
  selfAnswer: string;
  /** Null when the item is not bound to data. */
  measureName: string | null;
  /** Formatted value ("62%", "3 segments"); null when there is no observation. */
  value: string | null;
  /** e ∈ {0, .25, .5, .75, 1}; null without evidence. */
  level: number | null;
  status: ItemStatus;
  statusLabel: string;
  /** s, 0..1; null when not applicable. */
  effectiveScore: number | null;
}

/** The page's fixed words, filled per locale by the caller. */
export interface MaturityReportLabels {
  documentTitle: string;
  statusNames: Record<'DRAFT' | 'SUBMITTED', string>;
  submittedOn: string;
  createdOn: string;
  respondents: string;
  tier: string;
  selfReportedStage: string;
  evidenceAdjustedStage: string;
  maturityIndex: string;
  confidence: string;
  provisional: string;
  ladder: string;
  achieved: string;
  current: string;
  failingGates: string;
  dimensions: string;
  level: string;
  target: string;
  floor: string;
  stageScores: string;
  /** Explains the marker on the bars: "70% needed to achieve a stage". */
  threshold: string;
  recommendations: string;
  kpi: string;
  ownerRole: string;
  feature: string;
  triggeredBy: string;
  answers: string;
  nextSteps: string;
  evidenceTable: string;
  item: string;
  statement: string;
  selfAnswer: string;
  measure: string;
  value: string;
  evidenceLevel: string;
  status: string;
  effectiveScore: string;
  /** Footer: where the stage model comes from ("adapted from …", never the trademarked name). */
  attribution: string;
}
