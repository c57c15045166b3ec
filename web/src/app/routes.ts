import type { ReactNode } from 'react';
import type { Messages } from '../i18n/i18n';
import type { Scope } from './session';

/** One page of the console: shown only when the signed-in key holds `scope`. */
export interface RouteDefinition {
  /** e.g. `/segments/:id` */
  pattern: string;
  scope?: Scope;
  render(params: Record<string, string>): ReactNode;
}

/** An entry of the side navigation; hidden when the key lacks its scope. */
export interface NavItem {
  to: string;
  label: Messages<string>;
  scope?: Scope;
  /** Groups entries under a heading in the navigation. */
  group: 'overview' | 'assessment' | 'dashboards' | 'segments' | 'explorer';
}

/** What each feature folder exports to the shell. */
export interface Feature {
  routes: RouteDefinition[];
  nav: NavItem[];
}
