/**
 * Pastes as people make them: the status word with a date, the page chrome in another language,
 * a browser-translated heading, Hindi/Urdu words typed in Latin letters; the dates above the text;
 * and how the short text is read for an interview and for a dropbox.
 */
import { describe, expect, test } from 'vitest';
import { decodeStatusText, readCaseDates, agoText, daysSince, routeFromPaste } from '../../../src/lib/decoder';
import { byRoute } from '../../../src/lib/decoder/readings';
import { wordSchema } from '../../../src/schemas/words';
import { fileEntries } from '../words-data';

const readings = Object.fromEntries(fileEntries(wordSchema, 'src/content/decoder/readings.yaml').map((e) => [e.id, e.data.text]));
import { headingData } from '../../../src/lib/decoder/headings';
import { loadStatuses, officialText } from './load-statuses';

const statuses = loadStatuses();
const t = (id: string, i = 0) => officialText(statuses, id, i);
const decode = (paste: string) => decodeStatusText(paste, statuses, headingData);

describe('the status word with a date, as people type it', () => {
  test.each([
    ['Administrative Processing\n03-Feb-2026', 'administrative-processing'],
    ['administrative processing 03-Feb-2026', 'administrative-processing'],
    ['Adminstrative Procesing\n03 Feb 2026', 'administrative-processing'],
    ['ISSUED 12-Mar-2026', 'issued'],
    ['Issued on 12-Mar-2026', 'issued'],
    ['Status: Issued\nCase Last Updated: 12-Mar-2026', 'issued'],
  ])('%j is %s, from the status word', (paste, variant) => {
    expect(decode(paste)).toMatchObject({ variant, reason: 'label', confidence: 'low' });
  });

  test.each(['Refused 12-Mar-2026', 'refused', 'REFUSED', 'Refused\n12-Mar-2026', 'refused on 12 March 2026', 'Status: Refused'])(
    '%j is the word Refused, which cannot tell a 221(g) from a final refusal',
    (paste) => {
      const r = decode(paste);
      expect(r).toMatchObject({ variant: 'unknown', reason: 'label-ambiguous', label: 'Refused' });
      expect(r.candidates).toEqual(expect.arrayContaining(['refused-221g', 'refused-letter']));
    },
  );

  test('the status word inside a sentence of your own is still not a heading', () => {
    expect(decode('I think my visa will be issued soon').reason).toBe('no-match');
    expect(decode('My visa was refused under 214(b) at the window.').variant).toBe('unknown');
    expect(decode('My visa was refused under 214(b) at the window.').label).toBeUndefined();
  });
});

describe('another language around the English CEAC text', () => {
  test.each([
    ['Spanish chrome', `Estado de la solicitud de visa\nRefused\nÚltima actualización: 12-Mar-2026\n${t('refused-221g')}`, 'refused-221g'],
    ['Portuguese chrome', `Situação do visto: Refused\n${t('refused-letter')}\nPara mais informações`, 'refused-letter'],
    ['Chinese chrome', `签证申请状态\nRefused\n${t('refused-letter')}\n更多信息请访问`, 'refused-letter'],
    [
      'Vietnamese chrome',
      `Trạng thái đơn xin thị thực\nAdministrative Processing\n${t('administrative-processing')}`,
      'administrative-processing',
    ],
    ['Hindi chrome', `वीज़ा आवेदन की स्थिति\nIssued\n${t('issued')}`, 'issued'],
  ])('%s: the English text decides', (_name, paste, variant) => {
    expect(decode(paste)).toMatchObject({ variant, reason: 'text' });
  });

  test.each([
    ['Refused ho gaya', 'Refused'],
    ['mera status refused hai', 'Refused'],
    ['Refused aa gaya 12-Mar-2026', 'Refused'],
    ['Administrative processing dikha raha hai', 'Administrative Processing'],
  ])('Hindi/Urdu typed in Latin letters around the word: %j is %s', (paste, label) => {
    expect(decode(paste).label).toBe(label);
  });
});

describe('a heading translated by the browser', () => {
  test.each([
    ['Rechazado', 'es'],
    ['Estado: Rechazada', 'es'],
    ['Denegado\n12-Mar-2026', 'es'],
    ['Recusado', 'pt'],
    ['拒绝', 'zh'],
    ['状态：已拒绝', 'zh'],
    ['Bị từ chối', 'vi'],
    ['अस्वीकृत', 'hi'],
    ['مسترد', 'ur'],
  ])('%j is the word Refused (%s), and no text is claimed', (paste, lang) => {
    expect(decode(paste)).toMatchObject({ variant: 'unknown', reason: 'label-ambiguous', label: 'Refused', translated: lang });
  });

  test.each([
    ['Procesamiento administrativo', 'administrative-processing', 'es'],
    ['Processamento administrativo 03-Feb-2026', 'administrative-processing', 'pt'],
    ['行政处理', 'administrative-processing', 'zh'],
    ['Xử lý hành chính', 'administrative-processing', 'vi'],
    ['Emitido', 'issued', 'es'],
    ['Đã cấp', 'issued', 'vi'],
  ])('%j is %s from the translated word (%s)', (paste, variant, lang) => {
    expect(decode(paste)).toMatchObject({ variant, reason: 'label', confidence: 'low', translated: lang });
  });

  test.each(['Listo', 'Sin estado', 'Aprobado', 'Solicitud recibida', 'Mi visa fue rechazada en la entrevista'])(
    '%j is not recognised: too common a word, or a sentence',
    (paste) => {
      expect(decode(paste).variant).toBe('unknown');
      expect(decode(paste).translated).toBeUndefined();
    },
  );

  test('without the heading data, a translated heading is not recognised', () => {
    expect(decodeStatusText('Rechazado', statuses).reason).toBe('no-match');
  });
});

describe('the dates above the status text', () => {
  test('reads Case Created and Case Last Updated as CEAC prints them', () => {
    expect(readCaseDates('Refused\nCase Created: 04-Jan-2021\nCase Last Updated: 15-Mar-2021\nA U.S. consular officer')).toEqual({
      created: '2021-01-04',
      lastUpdated: '2021-03-15',
    });
  });

  test.each([
    ['Refused 12-Mar-2026', '2026-03-12'],
    ['Administrative Processing\n03-Feb-2026', '2026-02-03'],
    ['refused on 12 march 2026', '2026-03-12'],
    ['Issued Mar 12, 2026', '2026-03-12'],
    ['Refused 2026-03-12', '2026-03-12'],
  ])('a date typed without a label: %j', (paste, date) => {
    expect(readCaseDates(paste)).toEqual({ other: date });
  });

  test('typos in the labels and lower case still count', () => {
    expect(readCaseDates('case last update: 15-mar-2021\ncase creatd 04-jan-2021')).toEqual({
      lastUpdated: '2021-03-15',
      created: '2021-01-04',
    });
  });

  test('impossible dates are left out', () => {
    expect(readCaseDates('Case Last Updated: 31-Feb-2026')).toEqual({});
  });

  test('how long ago, for an injected today', () => {
    expect(daysSince('2026-03-12', '2026-12-02')).toBe(265);
    expect(agoText(daysSince('2026-03-12', '2026-12-02'))).toBe('265 days ago (about 9 months)');
    expect(agoText(0)).toBe('today');
    expect(agoText(1)).toBe('1 day ago');
    expect(agoText(10)).toBe('10 days ago');
    expect(agoText(20)).toBe('20 days ago (about 3 weeks)');
    expect(agoText(900)).toBe('900 days ago (about 2 years)');
    expect(agoText(-3)).toBe('in 3 days');
  });
});

describe('the short text and how you applied', () => {
  test.each(['Dropbox case. Refused', 'drop box', 'I used the interview waiver', 'drop-off on 3 March'])('%j tells a dropbox', (paste) => {
    expect(routeFromPaste(paste)).toBe('dropbox');
  });

  test('the short text itself says nothing about the route', () => {
    expect(routeFromPaste(t('refused-letter'))).toBeUndefined();
  });

  test('the dropbox reading does not say the letter decides', () => {
    expect(byRoute['refused-letter'].dropbox).not.toMatch(/letter decides/);
    expect(byRoute['refused-letter'].dropbox).toMatch(/no interview/);
    expect(byRoute['refused-letter'].interview).toMatch(/letter decides/);
  });

  test('the reading for an unknown route speaks to both', () => {
    expect(readings['refused-letter']).toMatch(/If you had an interview/);
    expect(readings['refused-letter']).toMatch(/If you used dropbox/);
    expect(readings['refused-letter-old']).toMatch(/If you used dropbox/);
  });
});
