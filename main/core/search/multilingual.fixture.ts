// Short documents in many scripts, and queries that must find them. Shared by the tokenizer's
// tests and the Lunr-level search test, so both agree on what "works in any script" means.

const FRENCH = 'Le café de la gare a rouvert à Paris après trois ans de travaux.';

export const MULTILINGUAL_DOCS: Array<{ id: string; text: string }> = [
  { id: 'fr-nfc', text: FRENCH.normalize('NFC') },
  // The same words stored decomposed (é as e + U+0301), as some macOS and PDF exports do.
  { id: 'fr-nfd', text: FRENCH.normalize('NFD') },
  { id: 'vi', text: 'Hà Nội đón mùa thu với những cơn mưa nhẹ.'.normalize('NFC') },
  { id: 'ru', text: 'Москва объявила о новых мерах поддержки экономики.' },
  { id: 'el', text: 'Η Αθήνα φιλοξενεί τη σύνοδο κορυφής την Τρίτη.' },
  { id: 'he', text: 'ראש העירייה של ירושלים נפגש עם נציגי התושבים.' },
  { id: 'ar', text: 'أعلنت وزارة الصحة في القاهرة عن حملة تطعيم جديدة.' },
  { id: 'ja', text: '東京都は新しい防災計画を発表した。' },
  { id: 'zh', text: '北京市政府宣布了新的交通政策。' },
  { id: 'ko', text: '서울시는 새로운 교통 정책을 발표했다.' },
  { id: 'emoji', text: '🚨 Breaking 🔥 wildfire near Marseille 🚒 spreads overnight 👩‍🚒' },
];

export const MULTILINGUAL_QUERIES: Array<{ query: string; expectIds: string[] }> = [
  { query: 'café', expectIds: ['fr-nfc', 'fr-nfd'] },
  // A decomposed query finds the composed document as well as the decomposed one.
  { query: 'café'.normalize('NFD'), expectIds: ['fr-nfc', 'fr-nfd'] },
  { query: 'nội'.normalize('NFD'), expectIds: ['vi'] },
  { query: '"Hà Nội"', expectIds: ['vi'] },
  { query: 'Москва', expectIds: ['ru'] },
  { query: 'Αθήνα', expectIds: ['el'] },
  { query: 'ΑΘΉΝΑ', expectIds: ['el'] },
  { query: 'ירושלים', expectIds: ['he'] },
  { query: 'القاهرة', expectIds: ['ar'] },
  // Unspaced scripts: each character is a token, so a word is a phrase of adjacent characters.
  { query: '東京', expectIds: ['ja'] },
  { query: '北京', expectIds: ['zh'] },
  { query: '서울', expectIds: ['ko'] },
  { query: 'wildfire', expectIds: ['emoji'] },
  { query: 'Marseille', expectIds: ['emoji'] },
];
