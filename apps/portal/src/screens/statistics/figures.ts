import type { Schemas } from '../../api/client';

export type Statistics = Schemas['StatisticsDto'];

/** A figure's `journeys` link is the API's list route; the portal's list page has the same query. */
export const portalLink = (apiLink: string) => `/portal${apiLink}`;

const cny = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
/** CNY as the notice writes it: ¥1,234.00. */
export const formatCny = (amount: number) => cny.format(amount);

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

export const days = (d: number | null) => (d === null ? '—' : String(d));
