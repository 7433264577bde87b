import { describe, it, expect } from 'vitest';
import { agencyOfSite, canonicalAgency, knownAgency } from './agencies';

describe('knownAgency', () => {
  it.each([
    ['AP', 'AP'],
    ['Associated Press', 'AP'],
    ['The Associated Press.', 'AP'],
    ['REUTERS', 'Reuters'],
    ['Agence France–Presse', 'AFP'],
    ['  Yonhap ', 'Yonhap'],
    ['PA Media', 'PA'],
    ['The Washington Times', ''],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(knownAgency(name)).toBe(expected);
  });
});

describe('canonicalAgency', () => {
  it.each([
    ['Associated Press', 'AP'],
    ['CNN', 'CNN'],
    [' The Borowitz Report ', 'The Borowitz Report'],
  ])('%j → %j', (name, expected) => {
    expect(canonicalAgency(name)).toBe(expected);
  });
});

describe('agencyOfSite', () => {
  it.each([
    ['apnews.com', 'AP'],
    ['www.reuters.com', 'Reuters'],
    ['english.news.cn', 'Xinhua'],
    ['WWW.AFP.COM', 'AFP'],
    ['notreuters.com', ''],
    ['reuters.com.example.org', ''],
    ['washingtontimes.com', ''],
    ['', ''],
  ])('%j → %j', (host, expected) => {
    expect(agencyOfSite(host)).toBe(expected);
  });
});
