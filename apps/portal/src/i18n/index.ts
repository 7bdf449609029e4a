import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'heze.language';

/** zh-CN unless the person switched to English here before (the choice is kept in this browser). */
function initialLanguage(): Language {
  const kept = globalThis.localStorage?.getItem(STORAGE_KEY);
  return kept === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  // React escapes text itself: no double escaping, and never HTML from a translation.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const setDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.title');
};
setDocumentLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  setDocumentLanguage(lng);
});

export default i18n;
