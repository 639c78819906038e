/**
 * A small validator for the schema.org types this site emits, with the properties schema.org
 * and Google's structured-data guidelines require or recommend for them. Returns problems as
 * sentences; an empty list means valid.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isAbsoluteUrl = (v: unknown): v is string => isText(v) && /^https?:\/\/[^\s]+$/.test(v);
const isIsoDate = (v: unknown) => isText(v) && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v));

function organization(value: unknown, where: string, problems: string[]) {
  if (!isObject(value) || !['Organization', 'Person'].includes(String(value['@type'])) || !isText(value['name'])) {
    problems.push(`${where} must be an Organization or Person with a name`);
  }
}

const validators: Record<string, (d: Json, problems: string[]) => void> = {
  WebSite(d, problems) {
    if (!isText(d['name'])) problems.push('WebSite.name is required');
    if (!isAbsoluteUrl(d['url'])) problems.push('WebSite.url must be an absolute URL');
    const action = d['potentialAction'];
    if (action !== undefined) {
      const target =
        isObject(action) && isObject(action['target']) ? action['target']['urlTemplate'] : isObject(action) ? action['target'] : undefined;
      if (!isObject(action) || action['@type'] !== 'SearchAction') problems.push('WebSite.potentialAction must be a SearchAction');
      else if (!isText(target) || !target.includes('{search_term_string}'))
        problems.push('SearchAction target must contain {search_term_string}');
      else if (action['query-input'] !== 'required name=search_term_string')
        problems.push('SearchAction query-input must name search_term_string');
    }
  },
  Article(d, problems) {
    if (!isText(d['headline'])) problems.push('Article.headline is required');
    else if (d['headline'].length > 110) problems.push('Article.headline must be at most 110 characters');
    if (!isIsoDate(d['dateModified']) && !isIsoDate(d['datePublished']))
      problems.push('Article needs an ISO dateModified or datePublished');
    if (!isAbsoluteUrl(d['url'])) problems.push('Article.url must be an absolute URL');
    const images = Array.isArray(d['image']) ? d['image'] : [d['image']];
    if (!images.every(isAbsoluteUrl)) problems.push('Article.image must be absolute URLs');
    organization(d['author'], 'Article.author', problems);
    organization(d['publisher'], 'Article.publisher', problems);
    for (const c of Array.isArray(d['citation']) ? d['citation'] : []) {
      if (!isObject(c) || !isText(c['name']) || !isAbsoluteUrl(c['url']))
        problems.push('each Article.citation needs a name and an absolute url');
    }
  },
  BreadcrumbList(d, problems) {
    const items = d['itemListElement'];
    if (!Array.isArray(items) || items.length < 2) {
      problems.push('BreadcrumbList needs at least two itemListElement entries');
      return;
    }
    items.forEach((item, i) => {
      if (!isObject(item) || item['@type'] !== 'ListItem') problems.push(`item ${i + 1} must be a ListItem`);
      else {
        if (item['position'] !== i + 1) problems.push(`item ${i + 1} has position ${String(item['position'])}`);
        if (!isText(item['name'])) problems.push(`item ${i + 1} needs a name`);
        // Only the last crumb may omit its URL.
        if (i < items.length - 1 && !isAbsoluteUrl(item['item'])) problems.push(`item ${i + 1} needs an absolute item URL`);
      }
    });
  },
  FAQPage(d, problems) {
    const questions = d['mainEntity'];
    if (!Array.isArray(questions) || questions.length === 0) problems.push('FAQPage.mainEntity must list Questions');
    for (const q of Array.isArray(questions) ? questions : []) {
      const answer = isObject(q) ? q['acceptedAnswer'] : undefined;
      if (
        !isObject(q) ||
        q['@type'] !== 'Question' ||
        !isText(q['name']) ||
        !isObject(answer) ||
        answer['@type'] !== 'Answer' ||
        !isText(answer['text'])
      ) {
        problems.push('each FAQPage question needs a name and an acceptedAnswer with text');
      }
    }
  },
};

export const knownTypes = Object.keys(validators);

export function validateJsonLd(data: unknown): string[] {
  if (!isObject(data)) return ['JSON-LD must be an object'];
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('@context must be https://schema.org');
  const type = String(data['@type']);
  const validate = validators[type];
  if (!validate) return [...problems, `unexpected @type ${type}`];
  validate(data, problems);
  return problems;
}
