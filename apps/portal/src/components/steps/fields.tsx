import { Button, Form, Input, InputNumber, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { partiesToday } from '@heze/machines/events';

type Name = string | number | (string | number)[];

/**
 * Solid tag colours for yes / no / warning: Ant Design's light green, red and orange tags fall short of
 * WCAG AA contrast (axe-core, test/browser); white on these is above 4.5:1.
 */
export const TAG = { ok: '#237804', bad: '#a8071a', warn: '#ad4e00' } as const;

/** Today as the parties count days (China Standard Time), the default of "when did it happen". */
export const today = () => partiesToday();

const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
/** CNY as the notice writes amounts: ¥1,234.00. */
export const formatCny = (cny: number | null | undefined) => (cny === null || cny === undefined ? '' : money.format(cny));
export const formatFen = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : money.format(fen / 100));

/** A date typed as YYYY-MM-DD (the form the notice and the API use), checked by the step's schema. */
export function DateField({ name, label, required = true, help, rules = [] }: { name: Name; label: string; required?: boolean; help?: string; rules?: Rule[] }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} name={name} extra={help} rules={[...(required ? [{ required: true, message: t('steps.required', { field: label }) }] : []), ...rules]}>
      <Input placeholder="YYYY-MM-DD" inputMode="numeric" autoComplete="off" maxLength={10} />
    </Form.Item>
  );
}

/** An amount in CNY, two decimals. */
export function MoneyField({ name, label, required = true }: { name: Name; label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} name={name} rules={required ? [{ required: true, message: t('steps.required', { field: label }) }] : []}>
      <InputNumber min={0} step={0.01} precision={2} prefix="¥" style={{ width: 200 }} />
    </Form.Item>
  );
}

export interface BenefitRow {
  name: string;
  amount: number;
}
/** Benefit rows (name, CNY) as the API's record of benefits by name. */
export const benefitsRecord = (rows: BenefitRow[] | undefined) => Object.fromEntries((rows ?? []).filter((r) => r && r.name).map((r) => [r.name.trim(), r.amount ?? 0]));

/** Monthly benefits by name (RULES.md §4: benefits may not be cut during the leave). */
export function BenefitsList({ name = 'benefits' }: { name?: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <fieldset className="benefits">
          <legend>{t('steps.benefits')}</legend>
          {rows.map((row, i) => (
            <Space key={row.key} align="start" wrap>
              <Form.Item label={t('steps.benefitName', { n: i + 1 })} name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: t('steps.benefitNameRequired') }]}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item label={t('steps.benefitAmount', { n: i + 1 })} name={[row.name, 'amount']} rules={[{ required: true, message: t('steps.benefitAmountRequired') }]}>
                <InputNumber min={0} step={0.01} precision={2} prefix="¥" />
              </Form.Item>
              <Button onClick={() => remove(row.name)} aria-label={t('steps.benefitRemove', { n: i + 1 })} className="row-remove">
                {t('steps.remove')}
              </Button>
            </Space>
          ))}
          <Button onClick={() => add({ name: '', amount: 0 })}>{t('steps.benefitAdd')}</Button>
        </fieldset>
      )}
    </Form.List>
  );
}
