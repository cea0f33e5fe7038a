// htmlToText: streaming tokenizer, hidden text kept, scripts dropped, deep nesting safe, cap respected.

import { htmlToText } from '../../../src/domain/text/htmlToText';

describe('htmlToText', () => {
  it('keeps hidden preheader text and decodes entities', () => {
    const text = htmlToText('<html><head><title>T</title><style>p{}</style></head><body><span style="display:none">Förhandstext</span><p>Hej &amp; v&auml;lkommen</p></body></html>');
    expect(text).toContain('Förhandstext');
    expect(text).toContain('Hej & välkommen');
    expect(text).not.toContain('p{}');
  });

  it('separates blocks with newlines', () => {
    expect(htmlToText('<div>rad ett</div><div>rad två<br>rad tre</div>')).toBe('rad ett\nrad två\nrad tre');
  });

  it('survives 20,000-deep nesting', () => {
    const deep = `${'<div>'.repeat(20000)}djup${'</div>'.repeat(20000)}`;
    expect(htmlToText(deep)).toBe('djup');
  });

  it('stops at the cap', () => {
    expect(htmlToText(`<p>${'a'.repeat(10_000)}</p>`, 100).length).toBe(100);
  });
});
