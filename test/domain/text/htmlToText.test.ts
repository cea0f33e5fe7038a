// htmlToText: its own tokenizer; hidden text kept, scripts dropped, references read, deep nesting safe, cap respected.

import { readFileSync } from 'fs';
import { join } from 'path';
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

  it('puts list items and table cells on lines of their own', () => {
    expect(htmlToText('<ul><li>ett<li>två</ul><table><tr><td>Namn<td>Parti</tr></table>')).toBe('ett\ntvå\nNamn\nParti');
  });

  it('survives 20,000-deep nesting', () => {
    const deep = `${'<div>'.repeat(20000)}djup${'</div>'.repeat(20000)}`;
    expect(htmlToText(deep)).toBe('djup');
  });

  it('stops at the cap', () => {
    expect(htmlToText(`<p>${'a'.repeat(10_000)}</p>`, 100).length).toBe(100);
  });

  it('fills the cap with collapsed text when the markup is mostly whitespace', () => {
    expect(htmlToText('<p>   x   </p>\n'.repeat(100_000), 1000)).toBe('x\n'.repeat(500));
  });

  it('stops at the cap inside one long run of text and references', () => {
    const text = htmlToText(`<p>${'a&amp;'.repeat(1_000_000)}</p>`);
    expect(text.length).toBe(200_000);
    expect(text.startsWith('a&a&a&')).toBe(true);
  });

  it('reads numeric references and the named ones mail uses, and leaves unknown names as written', () => {
    expect(htmlToText('&#229;&#xE4;&#XF6; &#128; &#0; &ndash; &hellip; &euro; &aring;&Ouml; &alpha; &foo;')).toBe('åäö € \ufffd – … € åÖ &alpha; &foo;');
  });

  it('reads the Latin-1 names without a semicolon, as browsers do, but not the others', () => {
    expect(htmlToText('&amp &auml;x&aumly &nbsp;&copy2026 &ndash x')).toBe('& äxäy ©2026 &ndash x');
  });

  it('keeps a "<" that starts no tag, and a ">" inside a quoted attribute does not end the tag', () => {
    expect(htmlToText('3 < 5 <a title="a > b" href=\'x>y\'>länk</a> x <3')).toBe('3 < 5 länk x <3');
  });

  it('drops comments, CDATA and Outlook\'s conditional blocks, whatever their case', () => {
    expect(htmlToText('a<!-- <p>dold</p> -->b<![CDATA[ x ]]>c<!--[if mso]><p>bara Outlook</p><![endif]-->d<![if !supportLists]>·<![endif]>e<!-->f')).toBe('abcd·ef');
    expect(htmlToText('<SCRIPT>alert(1)</sCrIpT >synlig<STYLE>p{}</STYLE>')).toBe('synlig');
  });

  it('drops an unclosed script to the end of the body, and an unterminated tag', () => {
    expect(htmlToText('<p>före</p><script>var x = 1; <p>aldrig</p>')).toBe('före');
    expect(htmlToText('text före <a href="https://example.se')).toBe('text före');
  });

  it('renders the hostile tenant\'s HTML body as inert text: no script, handler, URL or markup survives', () => {
    const tenant = JSON.parse(readFileSync(join(__dirname, '../../fixtures/tenants/hostile.json'), 'utf8')) as { mailboxes: { messages: { body: { contentType: string; content: string } }[] }[] };
    const bodies = tenant.mailboxes.flatMap((b) => b.messages).filter((m) => m.body.contentType === 'html');
    expect(bodies.length).toBeGreaterThan(0);
    for (const { body } of bodies) {
      const text = htmlToText(body.content);
      expect(text).toContain('Hej Hanna! Fråga om bygglovet på Storgatan.');
      expect(text).not.toMatch(/<|onerror|javascript:|__pwned|evil\.example|alert/);
    }
  });
});
