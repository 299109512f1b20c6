// Amounts as this device writes them (its language's decimal mark and grouping), read into and shown from
// the plain decimal text the API speaks. No floating point: digits are moved, never computed.

const locale = navigator.language || 'en-US';
const marks = (() => {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
})();

export function minorDigits(currency) {
  try { return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits; } catch { return 2; }
}

/** An example of this device's format, for the amount's hint: "1,234.56" or "1.234,56". */
export function example(currency) {
  const digits = minorDigits(currency);
  return `1${marks.group}234${digits ? marks.decimal + '56'.slice(0, digits) : ''}`;
}

/**
 * What was typed, as plain decimal text ("1234.56"), or null when it is not an amount greater than zero.
 * The device's format is read (1.234,56 in German), and so is an unambiguous plain 4.80 or 4,80: the other
 * mark once, not followed by three digits (as the command line reads them).
 */
export function parseAmount(typed, currency) {
  const text = typed.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!text) return null;
  const other = marks.decimal === ',' ? '.' : ',';
  let decimal = marks.decimal;
  if (!text.includes(marks.decimal)) {
    const pieces = text.split(other);
    if (pieces.length === 2 && pieces[1].length !== 3) decimal = other;
  }
  const grouping = decimal === ',' ? '.' : ',';
  const [whole, fraction = '', ...rest] = text.split(decimal);
  if (rest.length) return null;
  const groups = whole.split(grouping);
  if (groups.length > 1 && (!groups[0] || groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits) || !/^\d*$/.test(fraction) || fraction.length > minorDigits(currency)) return null;
  if (/^0*$/.test(digits + fraction)) return null;
  return digits.replace(/^0+(?=\d)/, '') + (fraction ? `.${fraction}` : '');
}

/** Plain decimal text ("-1234.5") shown as this device shows money: "-€1,234.50", "-1.234,50 €". */
export function formatMoney(text, currency) {
  const value = String(text);
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace(/^[-+]/, '').split('.');
  const digits = minorDigits(currency);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  let template;
  try {
    template = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(negative ? -1 : 1);
  } catch {
    return `${negative ? '-' : ''}${grouped}${digits ? marks.decimal + fraction.padEnd(digits, '0').slice(0, digits) : ''} ${currency}`;
  }
  return template.map((part) => {
    if (part.type === 'integer') return grouped;
    if (part.type === 'fraction') return fraction.padEnd(digits, '0').slice(0, digits);
    if (part.type === 'decimal') return marks.decimal;
    return part.value;
  }).join('');
}

/** Plain decimal text written in this device's format, for putting an amount back in the field. */
export function typedForm(text) {
  const [whole, fraction] = String(text).replace(/^[-+]/, '').split('.');
  return fraction ? `${whole}${marks.decimal}${fraction}` : whole;
}
