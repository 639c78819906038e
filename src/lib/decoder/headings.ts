/**
 * The status heading as people paste it when their page is not (only) in English: the decoder's
 * matching data, passed to `buildIndex` by src/pages/decode.astro (so it is page data, not script).
 *
 * Two cases. (1) The page chrome is in another language but CEAC's own words stay English: a
 * heading line such as "Estado: Refused" or "状态：Refused", or Hindi/Urdu words typed in Latin
 * letters around it ("Refused ho gaya"). The English text under it is matched as usual.
 * (2) A browser translator translated the heading ("Rechazado", "拒绝"). Then the paragraph under
 * it is translated too, and a translated paragraph is never matched: only the official English
 * wordings of the statuses collection are. So a translated heading gives the status word only,
 * never which text (long or short) is under it, and the page asks for the English text.
 *
 * Which translations are recognised, and why (docs/design.md §5.3):
 * - Only the headings whose meaning does not depend on the paragraph under them being read
 *   (Administrative Processing, Issued) and Refused, whose result says that the word alone
 *   cannot tell a 221(g) from a final refusal. A wrong match can therefore never claim more than
 *   "this is the status word X".
 * - Only words that name that status and nothing else on a CEAC page: the ordinary dictionary
 *   translation of the English word (and the usual gender forms). Left out: "Ready" (listo,
 *   pronto, 就绪), "No Status" (sin estado) and "Application Received", whose translations are
 *   also everyday words of page chrome (buttons, headings), and "Approved", which CEAC shows
 *   rarely and whose translations (aprobado, aprovado) people use for an officer's spoken answer.
 * - The word must stand alone on its line (with at most a "status" word before it and a date
 *   after it), as a heading does. The same word inside a sentence is not a heading.
 * These are our translations, checked against ordinary dictionaries; they are not CEAC wordings.
 */

/** One recognised translation of a status heading. */
export interface HeadingWord {
  /** The English status word it stands for, exactly as a status's `label` in src/content/statuses/. */
  label: string;
  /** BCP 47 language tag of the translation. */
  lang: string;
  /** The translation, lower case, without accents (matching folds both away). */
  word: string;
}

export interface HeadingData {
  words: readonly HeadingWord[];
  /** "Status" in the languages above, allowed before the heading on its line ("Estado: Rechazado"). */
  statusWords: readonly string[];
  /**
   * Hindi/Urdu words commonly typed in Latin letters around an English status word
   * ("Refused ho gaya", "mera status refused hai"). A line of only these, the status word and a
   * date still counts as the heading.
   */
  fillers: readonly string[];
}

const w = (label: string, lang: string, words: string[]): HeadingWord[] => words.map((word) => ({ label, lang, word }));

export const headingData: HeadingData = {
  words: [
    ...w('Refused', 'es', ['rechazado', 'rechazada', 'denegado', 'denegada']),
    ...w('Refused', 'pt', ['recusado', 'recusada', 'negado', 'negada']),
    ...w('Refused', 'zh', ['拒绝', '已拒绝', '被拒绝', '拒絕', '已拒絕', '被拒絕']),
    ...w('Refused', 'vi', ['bi tu choi', 'tu choi', 'da tu choi']),
    ...w('Refused', 'hi', ['अस्वीकृत', 'अस्वीकार']),
    ...w('Refused', 'ur', ['مسترد']),
    ...w('Administrative Processing', 'es', ['procesamiento administrativo', 'tramite administrativo', 'proceso administrativo']),
    ...w('Administrative Processing', 'pt', ['processamento administrativo']),
    ...w('Administrative Processing', 'zh', ['行政处理', '行政處理', '行政审查', '行政審查']),
    ...w('Administrative Processing', 'vi', ['xu ly hanh chinh']),
    ...w('Administrative Processing', 'hi', ['प्रशासनिक प्रक्रिया', 'प्रशासनिक प्रसंस्करण']),
    ...w('Issued', 'es', ['emitido', 'emitida', 'expedido', 'expedida']),
    ...w('Issued', 'pt', ['emitido', 'emitida']),
    ...w('Issued', 'zh', ['已签发', '已簽發', '已发放', '已發放']),
    ...w('Issued', 'vi', ['da cap', 'da duoc cap']),
  ],
  statusWords: ['status', 'estado', 'situacao', 'estatus', '状态', '狀態', 'trang thai', 'स्थिति', 'حالت', 'اسٹیٹس'],
  fillers: [
    'hai',
    'ho',
    'gaya',
    'gya',
    'hua',
    'hogaya',
    'aa',
    'aaya',
    'aya',
    'dikha',
    'raha',
    'rha',
    'mera',
    'meri',
    'mere',
    'ka',
    'ki',
    'ke',
    'par',
    'pe',
    'abhi',
    'visa',
    'ceac',
  ],
};
