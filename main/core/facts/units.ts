// Units of measure and currencies as news text writes them, each with its dimension and the factor
// to that dimension's base unit, so "680 kilometers" and "425 miles" land on one scale (metres)
// and compare within rounding. Temperatures are affine and handled on their own. Currencies are
// dimensions of their own: no exchange rates, so "$1.13bn (£600m)" is two facts, not a conflict.

/** What a unit measures; money carries its currency ("money:USD"). */
export type Dimension = string;

export interface Unit {
  dimension: Dimension;
  /** Multiply a value in this unit by `factor` to get the dimension's base unit. */
  factor: number;
  /** Only read when written straight after the number ("5m", "30C", "50p"). */
  glued?: boolean;
}

const U = (dimension: Dimension, factor: number, glued = false): Unit => ({
  dimension,
  factor,
  glued,
});

const MILE = 1609.344;

/**
 * Units by their lowercase token sequence (tokens as `fact-values.ts` splits them: words,
 * numbers and single symbols). Longest sequences are tried first.
 */
export const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  // length, metres
  ['km', U('length', 1000)],
  ['kms', U('length', 1000)],
  ['kilometre', U('length', 1000)],
  ['kilometres', U('length', 1000)],
  ['kilometer', U('length', 1000)],
  ['kilometers', U('length', 1000)],
  ['metre', U('length', 1)],
  ['metres', U('length', 1)],
  ['meter', U('length', 1)],
  ['meters', U('length', 1)],
  ['cm', U('length', 0.01)],
  ['centimetres', U('length', 0.01)],
  ['centimeters', U('length', 0.01)],
  ['mm', U('length', 0.001)],
  ['millimetres', U('length', 0.001)],
  ['millimeters', U('length', 0.001)],
  ['mile', U('length', MILE)],
  ['miles', U('length', MILE)],
  ['nautical miles', U('length', 1852)],
  ['yard', U('length', 0.9144)],
  ['yards', U('length', 0.9144)],
  ['yd', U('length', 0.9144)],
  ['foot', U('length', 0.3048)],
  ['feet', U('length', 0.3048)],
  ['ft', U('length', 0.3048)],
  ['inch', U('length', 0.0254)],
  ['inches', U('length', 0.0254)],
  // mass, kilograms
  ['kg', U('mass', 1)],
  ['kgs', U('mass', 1)],
  ['kilo', U('mass', 1)],
  ['kilos', U('mass', 1)],
  ['kilogram', U('mass', 1)],
  ['kilograms', U('mass', 1)],
  ['kilogramme', U('mass', 1)],
  ['kilogrammes', U('mass', 1)],
  ['g', U('mass', 0.001, true)],
  ['grams', U('mass', 0.001)],
  ['grammes', U('mass', 0.001)],
  ['tonne', U('mass', 1000)],
  ['tonnes', U('mass', 1000)],
  ['ton', U('mass', 1000)],
  ['tons', U('mass', 1000)],
  ['t', U('mass', 1000, true)],
  ['lb', U('mass', 0.45359237)],
  ['lbs', U('mass', 0.45359237)],
  ['ounce', U('mass', 0.0283495)],
  ['ounces', U('mass', 0.0283495)],
  ['oz', U('mass', 0.0283495)],
  ['stone', U('mass', 6.35029)],
  // area, square metres
  ['square kilometres', U('area', 1e6)],
  ['square kilometers', U('area', 1e6)],
  ['square km', U('area', 1e6)],
  ['sq km', U('area', 1e6)],
  ['km²', U('area', 1e6)],
  ['km2', U('area', 1e6)],
  ['square miles', U('area', MILE * MILE)],
  ['sq miles', U('area', MILE * MILE)],
  ['square metres', U('area', 1)],
  ['square meters', U('area', 1)],
  ['sq m', U('area', 1)],
  ['square feet', U('area', 0.09290304)],
  ['sq ft', U('area', 0.09290304)],
  ['hectare', U('area', 1e4)],
  ['hectares', U('area', 1e4)],
  ['ha', U('area', 1e4)],
  ['acre', U('area', 4046.8564)],
  ['acres', U('area', 4046.8564)],
  // volume, litres (gallons differ between US and UK; the tolerance absorbs part of it)
  ['litre', U('volume', 1)],
  ['litres', U('volume', 1)],
  ['liter', U('volume', 1)],
  ['liters', U('volume', 1)],
  ['l', U('volume', 1, true)],
  ['ml', U('volume', 0.001)],
  ['millilitres', U('volume', 0.001)],
  ['gallon', U('volume', 4.0)],
  ['gallons', U('volume', 4.0)],
  ['barrel', U('volume', 158.987)],
  ['barrels', U('volume', 158.987)],
  ['cubic metres', U('volume', 1000)],
  ['cubic meters', U('volume', 1000)],
  // speed, km/h
  ['km/h', U('speed', 1)],
  ['kph', U('speed', 1)],
  ['kmh', U('speed', 1)],
  ['kilometres per hour', U('speed', 1)],
  ['kilometers per hour', U('speed', 1)],
  ['mph', U('speed', MILE / 1000)],
  ['miles per hour', U('speed', MILE / 1000)],
  ['knots', U('speed', 1.852)],
  // durations, seconds
  ['second', U('duration', 1)],
  ['seconds', U('duration', 1)],
  ['minute', U('duration', 60)],
  ['minutes', U('duration', 60)],
  ['mins', U('duration', 60)],
  ['hour', U('duration', 3600)],
  ['hours', U('duration', 3600)],
  ['hrs', U('duration', 3600)],
  ['day', U('duration', 86400)],
  ['days', U('duration', 86400)],
  ['week', U('duration', 604800)],
  ['weeks', U('duration', 604800)],
  ['month', U('duration', 2629800)],
  ['months', U('duration', 2629800)],
  ['year', U('duration', 31557600)],
  ['years', U('duration', 31557600)],
  ['decade', U('duration', 315576000)],
  ['decades', U('duration', 315576000)],
  // shares
  ['%', U('percent', 1)],
  ['per cent', U('percent', 1)],
  ['percent', U('percent', 1)],
  ['percentage points', U('points', 1)],
  ['points', U('points', 1)],
  ['basis points', U('basis-points', 1)],
  // temperature: factor unused, see celsius()
  ['°c', U('temperature', 1)],
  ['° c', U('temperature', 1)],
  ['c', U('temperature', 1, true)],
  ['degrees celsius', U('temperature', 1)],
  ['degrees centigrade', U('temperature', 1)],
  ['celsius', U('temperature', 1)],
  ['°f', U('temperature', 1)],
  ['° f', U('temperature', 1)],
  ['f', U('temperature', 1, true)],
  ['degrees fahrenheit', U('temperature', 1)],
  ['fahrenheit', U('temperature', 1)],
  // currencies written after the number
  ['dollars', U('money:USD', 1)],
  ['dollar', U('money:USD', 1)],
  ['cents', U('money:USD', 0.01)],
  ['pounds', U('money:GBP', 1)],
  ['pound', U('money:GBP', 1)],
  ['sterling', U('money:GBP', 1)],
  ['pence', U('money:GBP', 0.01)],
  ['p', U('money:GBP', 0.01, true)],
  ['euros', U('money:EUR', 1)],
  ['euro', U('money:EUR', 1)],
  ['yen', U('money:JPY', 1)],
  ['yuan', U('money:CNY', 1)],
  ['rupees', U('money:INR', 1)],
  ['roubles', U('money:RUB', 1)],
  ['rubles', U('money:RUB', 1)],
  ['usd', U('money:USD', 1)],
  ['gbp', U('money:GBP', 1)],
  ['eur', U('money:EUR', 1)],
]);

/** The longest unit sequence, in tokens. */
export const LONGEST_UNIT = 3;

/** Currency signs and codes written before the number ("$5bn", "US$ 5bn", "EUR 5m"). */
export const CURRENCY_PREFIXES: ReadonlyMap<string, Dimension> = new Map([
  ['$', 'money:USD'],
  ['us $', 'money:USD'],
  ['us$', 'money:USD'],
  ['£', 'money:GBP'],
  ['€', 'money:EUR'],
  ['¥', 'money:JPY'],
  ['usd', 'money:USD'],
  ['gbp', 'money:GBP'],
  ['eur', 'money:EUR'],
]);

/** Scale words after a number: "3m", "3 million", "$5bn", "2 trillion". */
export const SCALES: ReadonlyMap<string, { value: number; glued: boolean }> = new Map([
  ['k', { value: 1e3, glued: true }],
  ['thousand', { value: 1e3, glued: false }],
  ['m', { value: 1e6, glued: true }],
  ['mn', { value: 1e6, glued: false }],
  ['mln', { value: 1e6, glued: false }],
  ['million', { value: 1e6, glued: false }],
  ['bn', { value: 1e9, glued: false }],
  ['b', { value: 1e9, glued: true }],
  ['billion', { value: 1e9, glued: false }],
  ['tn', { value: 1e12, glued: false }],
  ['trillion', { value: 1e12, glued: false }],
]);

/** Degrees Celsius for a temperature written with `unit` ("°f", "fahrenheit", "f", …). */
export function celsius(value: number, unit: string): number {
  return /f/.test(unit) && !/^c|cels|cent/.test(unit) ? ((value - 32) * 5) / 9 : value;
}
