import { Controller, Get, Header, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ERROR_CATALOGUE } from '@did/contracts';
import { Public } from '../auth/public.decorator';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** `code` spans as in the Markdown source. */
const inline = (text: string) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The error catalogue as one HTML page, built once: every problem's `type` (/docs/errors#<code>) points into it. */
function renderPage(): string {
  const rows = Object.keys(ERROR_CATALOGUE)
    .sort()
    .map((code) => {
      const doc = ERROR_CATALOGUE[code];
      return `<tr id="${code}"><td><code>${code}</code></td><td>${doc.statuses.join(', ')}</td><td>${inline(doc.meaning)}</td><td>${inline(doc.action)}</td></tr>`;
    });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error catalogue</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}table{border-collapse:collapse}td,th{border-top:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}tr:target{background:#fff6d6}code{font-size:90%}</style>
</head><body><h1>Error catalogue</h1>
<p>Every error is an RFC 9457 problem with a stable <code>code</code>; its <code>type</code> links here. The same page is docs/errors.md in the repository.</p>
<table><thead><tr><th>code</th><th>status</th><th>meaning</th><th>what to do</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>`;
}

@ApiExcludeController()
@Public()
@Controller({ path: 'docs/errors', version: VERSION_NEUTRAL })
export class ErrorsPageController {
  private readonly page = renderPage();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  get(): string {
    return this.page;
  }
}
