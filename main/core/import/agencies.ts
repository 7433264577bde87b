// Wire services by the names they go by in datelines, bylines and credits. Agency is stored in
// one canonical spelling so that "(AP)" and "Associated Press" group together when sources are
// compared.

const AGENCIES: ReadonlyMap<string, string> = new Map([
  ['ap', 'AP'],
  ['associated press', 'AP'],
  ['the associated press', 'AP'],
  ['reuters', 'Reuters'],
  ['thomson reuters', 'Reuters'],
  ['afp', 'AFP'],
  ['agence france-presse', 'AFP'],
  ['agence france presse', 'AFP'],
  ['upi', 'UPI'],
  ['united press international', 'UPI'],
  ['dpa', 'dpa'],
  ['deutsche presse-agentur', 'dpa'],
  ['xinhua', 'Xinhua'],
  ['kyodo', 'Kyodo'],
  ['kyodo news', 'Kyodo'],
  ['yonhap', 'Yonhap'],
  ['tass', 'TASS'],
  ['efe', 'EFE'],
  ['ansa', 'ANSA'],
  ['pti', 'PTI'],
  ['press trust of india', 'PTI'],
  ['pa', 'PA'],
  ['pa media', 'PA'],
  ['press association', 'PA'],
  ['the press association', 'PA'],
]);

/** Canonical name of a known wire service, or '' when `name` is not one. */
export function knownAgency(name: string): string {
  const key = name
    .trim()
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[‐‑–]/g, '-')
    .toLowerCase();
  return AGENCIES.get(key) ?? '';
}

/** A dateline's agency as written, unless it is a known service with a canonical name. */
export function canonicalAgency(name: string): string {
  return knownAgency(name) || name.trim();
}

/** The sites wire services publish their own copy on. */
const AGENCY_SITES: ReadonlyMap<string, string> = new Map([
  ['apnews.com', 'AP'],
  ['ap.org', 'AP'],
  ['reuters.com', 'Reuters'],
  ['afp.com', 'AFP'],
  ['upi.com', 'UPI'],
  ['dpa.com', 'dpa'],
  ['xinhuanet.com', 'Xinhua'],
  ['news.cn', 'Xinhua'],
  ['kyodonews.net', 'Kyodo'],
  ['yna.co.kr', 'Yonhap'],
  ['tass.com', 'TASS'],
  ['tass.ru', 'TASS'],
  ['efe.com', 'EFE'],
  ['ansa.it', 'ANSA'],
  ['ptinews.com', 'PTI'],
]);

/** Canonical name of the wire service whose own site `host` is ("www.reuters.com"), or ''. */
export function agencyOfSite(host: string): string {
  let site = host.trim().toLowerCase().replace(/\.$/, '');
  while (site) {
    const agency = AGENCY_SITES.get(site);
    if (agency) return agency;
    const dot = site.indexOf('.');
    site = dot < 0 ? '' : site.slice(dot + 1);
  }
  return '';
}
