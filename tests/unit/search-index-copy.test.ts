import { describe, expect, it } from 'vitest';
import { indexCopy, joinCitationMarkers, separateTableCells } from '../../src/lib/search/index-copy';

describe('separateTableCells', () => {
  it('puts a space after each header and data cell that has none', () => {
    expect(separateTableCells('<tr><th>Status</th><th>Means</th></tr><tr><td>Refused</td><td>221(g)</td></tr>')).toBe(
      '<tr><th>Status</th> <th>Means</th> </tr><tr><td>Refused</td> <td>221(g)</td> </tr>',
    );
  });

  it('leaves cells already followed by whitespace, and other markup, as they are', () => {
    const html = '<p>Refused<b>221(g)</b></p><table><tr><th scope="row">DV-2025</th>\n<td>8,648</td> </tr></table>';
    expect(separateTableCells(html)).toBe(html);
  });

  it('reads closing tags in any case', () => {
    expect(separateTableCells('<TH>A</TH><TD>B</td >')).toBe('<TH>A</TH> <TD>B</td > ');
  });
});

describe('joinCitationMarkers', () => {
  it('drops the whitespace before each citation marker', () => {
    expect(joinCitationMarkers('of law <sup class="cite"><a href="#source-9">[9]</a></sup>. That\n <sup class="cite">[10]</sup>,')).toBe(
      'of law<sup class="cite"><a href="#source-9">[9]</a></sup>. That<sup class="cite">[10]</sup>,',
    );
  });

  it('leaves other superscripts and spaces alone', () => {
    const html = '<p>x <sup>2</sup> and 10 <sup class="note">a</sup></p>';
    expect(joinCitationMarkers(html)).toBe(html);
  });
});

describe('indexCopy', () => {
  it('applies both', () => {
    expect(indexCopy('<tr><th>A</th><td>b <sup class="cite">[1]</sup>.</td></tr>')).toBe(
      '<tr><th>A</th> <td>b<sup class="cite">[1]</sup>.</td> </tr>',
    );
  });
});
