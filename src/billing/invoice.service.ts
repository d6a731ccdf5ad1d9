import type { DbOrTrx } from '../db/database.js';
import type { BillingAccountRow } from '../jobs/billing-account.table.js';
import { priceWithMarkup, unitAmount } from '../jobs/usage.charge.js';
import { USAGE_UNITS, type UsageUnit } from '../jobs/usage.table.js';

export interface InvoiceLine {
  unit: UsageUnit;
  quantity: number;
  included: number;
  overageQuantity: number;
  unitPriceMicros: number;
  overageMicros: number;
  markupMicros: number;
  totalMicros: number;
}

export interface Invoice {
  month: string;
  currency: string;
  lines: InvoiceLine[];
  totalMicros: number;
}

type Terms = Pick<BillingAccountRow, 'mode' | 'currency' | 'includedUnits' | 'unitPrices' | 'markupBps'>;

/** Each unit's quantity in the month, from the daily totals (all models together). */
export async function monthQuantities(
  db: DbOrTrx,
  workspaceId: string,
  month: string,
): Promise<Map<UsageUnit, number>> {
  const rows = await db
    .selectFrom('usageDaily')
    .select(['unit', (eb) => eb.fn.sum<number>('quantity').as('quantity')])
    .where('workspaceId', '=', workspaceId)
    .where('day', '>=', `${month}-01`)
    .where('day', '<=', `${month}-31`)
    .groupBy('unit')
    .execute();
  return new Map(rows.map((row) => [row.unit, Number(row.quantity)]));
}

/**
 * The month priced by the terms: for a plan, what lies beyond the included units at the unit price; for a
 * wallet, every unit. The markup is shown apart. The same arithmetic as the running charge, over the month.
 */
export function priceMonth(terms: Terms, month: string, quantities: Map<UsageUnit, number>): Invoice {
  const lines: InvoiceLine[] = [];
  for (const unit of USAGE_UNITS) {
    const quantity = quantities.get(unit) ?? 0;
    const included = terms.mode === 'plan' ? unitAmount(terms.includedUnits, unit) : 0;
    const unitPriceMicros = unitAmount(terms.unitPrices, unit);
    if (quantity === 0 && included === 0 && unitPriceMicros === 0) continue;
    const overageQuantity = Math.max(0, quantity - included);
    const overageMicros = priceWithMarkup(overageQuantity, unitPriceMicros, 0);
    const totalMicros = priceWithMarkup(overageQuantity, unitPriceMicros, terms.markupBps);
    lines.push({
      unit,
      quantity,
      included,
      overageQuantity,
      unitPriceMicros,
      overageMicros,
      markupMicros: totalMicros - overageMicros,
      totalMicros,
    });
  }
  return {
    month,
    currency: terms.currency,
    lines,
    totalMicros: lines.reduce((sum, line) => sum + line.totalMicros, 0),
  };
}

/** Without terms, the month is shown at no price: the usage still appears. */
export const NO_TERMS: Terms = {
  mode: 'plan',
  currency: 'USD',
  includedUnits: [],
  unitPrices: [],
  markupBps: 0,
};

const money = (micros: number): string => (micros / 1_000_000).toFixed(6);

export function invoiceCsv(invoice: Invoice): { header: string[]; rows: (string | number)[][] } {
  const header = [
    'month',
    'unit',
    'quantity',
    'included',
    'overage_quantity',
    'unit_price',
    'overage',
    'markup',
    'total',
    'currency',
  ];
  const rows: (string | number)[][] = invoice.lines.map((line) => [
    invoice.month,
    line.unit,
    line.quantity,
    line.included,
    line.overageQuantity,
    money(line.unitPriceMicros),
    money(line.overageMicros),
    money(line.markupMicros),
    money(line.totalMicros),
    invoice.currency,
  ]);
  const sum = (pick: (line: InvoiceLine) => number) => invoice.lines.reduce((s, line) => s + pick(line), 0);
  rows.push([
    invoice.month,
    'total',
    '',
    '',
    '',
    '',
    money(sum((l) => l.overageMicros)),
    money(sum((l) => l.markupMicros)),
    money(invoice.totalMicros),
    invoice.currency,
  ]);
  return { header, rows };
}
