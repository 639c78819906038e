import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/lib/search/excerpt';

const text = (t: string) => ({ text: t, marked: false });
const mark = (t: string) => ({ text: t, marked: true });

describe('Pagefind excerpt to text pieces', () => {
  test('keeps the marks Pagefind puts around matches, and the text between them', () => {
    expect(excerptSegments('A <mark>221(g)</mark> refusal is not <mark>final</mark>.')).toEqual([
      text('A '),
      mark('221(g)'),
      text(' refusal is not '),
      mark('final'),
      text('.'),
    ]);
  });

  test('a script tag in the text stays text, escaped or not', () => {
    expect(excerptSegments('see <script>alert(1)</script> here')).toEqual([text('see <script>alert(1)</script> here')]);
    expect(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; and <mark>refused</mark>')).toEqual([
      text('<script>alert(1)</script> and '),
      mark('refused'),
    ]);
  });

  test('a mark tag with attributes, another case or spaces is not a mark', () => {
    expect(excerptSegments('<mark onclick="x()">a</mark>b')).toEqual([text('<mark onclick="x()">ab')]);
    expect(excerptSegments('<MARK>a</MARK> <mark >b</mark>')).toEqual([text('<MARK>a</MARK> <mark >b')]);
    expect(excerptSegments('<img src=x onerror=alert(1)>')).toEqual([text('<img src=x onerror=alert(1)>')]);
  });

  test('decodes character references into the text, including inside marks', () => {
    expect(excerptSegments('Tom &amp; Jerry&#39;s <mark>&quot;221(g)&quot;</mark> &#x2014; &nbsp;x')).toEqual([
      text("Tom & Jerry's "),
      mark('"221(g)"'),
      text(' \u2014 \u00a0x'),
    ]);
  });

  test('a decoded reference never becomes a tag: &lt;mark&gt; is the text "<mark>"', () => {
    expect(excerptSegments('&lt;mark&gt;not marked&lt;/mark&gt;')).toEqual([text('<mark>not marked</mark>')]);
  });

  test('unbalanced marks: an open mark runs to the end, a stray close and a repeated open change nothing', () => {
    expect(excerptSegments('a <mark>b c')).toEqual([text('a '), mark('b c')]);
    expect(excerptSegments('a</mark> b')).toEqual([text('a b')]);
    expect(excerptSegments('<mark>a <mark>b</mark> c')).toEqual([mark('a b'), text(' c')]);
    expect(excerptSegments('<mark></mark>')).toEqual([]);
    expect(excerptSegments('')).toEqual([]);
  });

  test('unknown, malformed and out-of-range references', () => {
    expect(decodeEntities('&copy; &amp &#; &#xZZ; &bogus;')).toBe('&copy; &amp &#; &#xZZ; &bogus;');
    expect(decodeEntities('&#0; &#x110000; &#xD800; &#65;')).toBe('\ufffd \ufffd \ufffd A');
  });
});
