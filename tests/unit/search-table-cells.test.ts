import { describe, expect, it } from 'vitest';
import { separateTableCells } from '../../src/lib/search/table-cells';

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
