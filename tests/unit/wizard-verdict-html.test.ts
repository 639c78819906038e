import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { staticVerdictHtml, type StaticVerdictParts } from '../../src/lib/wizard/verdict-html';

const shell =
  '<article class="verdict"><h1>Documents requested</h1><div class="outcome-now" id="verdict-now"></div><section class="why"><h2>Why</h2></section><div class="outcome-body" id="verdict-body"></div></article>';
const now = '<section class="actions"><h2>What to do now</h2></section> <section class="worry"><h2>When to worry</h2></section>';
const rest =
  '<section class="dont"><h2>What not to do</h2></section> <div class="reported"><p class="label">Reported</p><div class="inner"><p>nested</p></div><p>after the nested box</p></div> <section class="read no-print"><h2>Read more</h2></section>';
const parts: StaticVerdictParts = { shell, now, rest };

/** The class names (or ids) of the children of a box, in order. */
function childrenOf(html: string, id: string): string[] {
  return parse(html)
    .getElementById(id)!
    .children.map((c) => c.getAttribute('class') ?? c.tagName.toLowerCase());
}

describe('staticVerdictHtml', () => {
  test('puts the first part in #verdict-now and the rest in #verdict-body, the shell around them unchanged', () => {
    const html = staticVerdictHtml(parts);
    expect(childrenOf(html, 'verdict-now')).toEqual(['actions', 'worry']);
    expect(childrenOf(html, 'verdict-body')).toEqual(['dont', 'reported', 'read no-print']);
    const page = parse(html);
    expect(page.querySelector('h1')!.text).toBe('Documents requested');
    expect(page.querySelector('.why')!.nextElementSibling!.id).toBe('verdict-body');
  });

  test('a deadline leads, and "By when" goes right before "When to worry"', () => {
    const html = staticVerdictHtml({
      ...parts,
      lead: '<p class="deadline">Deadline</p>',
      beforeWorry: '<section class="dates"><h2>By when</h2></section>',
    });
    expect(childrenOf(html, 'verdict-now')).toEqual(['deadline', 'actions', 'dates', 'worry']);
  });

  test('a summary for these answers replaces the whole reported box, nested boxes included, before "Read more"', () => {
    const html = staticVerdictHtml({
      ...parts,
      reported: '<section class="reported-cases"><h2>Cases like yours</h2></section>',
      tail: '<section class="ask-post"></section>',
    });
    expect(childrenOf(html, 'verdict-body')).toEqual(['dont', 'reported-cases', 'read no-print', 'ask-post']);
    // A regular expression up to the first </div> left "after the nested box" and a stray </div> behind.
    expect(html).not.toContain('nested');
    expect(html).not.toContain('after the nested box');
    expect(
      parse(html)
        .querySelectorAll('div')
        .map((d) => d.id),
    ).toEqual(['verdict-now', 'verdict-body']);
  });

  test('without a summary, the outcome keeps its own reported pattern', () => {
    expect(staticVerdictHtml(parts)).toContain('after the nested box');
  });

  test('text in the pieces is kept as written, "$&" and "$1" included', () => {
    const html = staticVerdictHtml({ ...parts, lead: '<p class="deadline">Costs $& and $1 {date}</p>' });
    expect(parse(html).querySelector('.deadline')!.text).toBe('Costs $& and $1 {date}');
  });

  test('says which piece lost the place another piece goes in', () => {
    expect(() => staticVerdictHtml({ ...parts, shell: '<article><div id="verdict-now"></div></article>' })).toThrow(
      /exactly one #verdict-body; it has 0/,
    );
    expect(() =>
      staticVerdictHtml({ ...parts, shell: shell.replace('id="verdict-now"></div>', 'id="verdict-now"><p>old</p></div>') }),
    ).toThrow(/leave #verdict-now and #verdict-body empty/);
    expect(() => staticVerdictHtml({ ...parts, now: '<section class="actions"></section>' })).toThrow(
      /first part must have exactly one section\.worry/,
    );
    expect(() => staticVerdictHtml({ ...parts, rest: '<section class="dont"></section>', reported: '<p>cases</p>' })).toThrow(
      /rest must have exactly one section\.read/,
    );
  });
});
