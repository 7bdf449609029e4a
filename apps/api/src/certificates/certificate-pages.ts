import type { Verification } from './certificate-verification.service';

/** Text for HTML: every dynamic string goes through this (a name like `<script>` is shown as text). */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const LEVEL_WORDS: Record<number, string> = { 1: '一级 / 高级技师', 2: '二级 / 技师', 3: '三级 / 高级工', 4: '四级 / 中级工', 5: '五级 / 初级工' };

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
h1{font-size:1.4rem}label{display:block;margin:.6rem 0 .2rem}input{font-size:1rem;padding:.3rem;width:100%;max-width:24rem}
button{margin-top:.8rem;font-size:1rem;padding:.4rem 1rem}table{border-collapse:collapse;margin-top:1rem}td,th{border:1px solid #999;padding:.3rem .6rem;text-align:left}
.valid{color:#0a6b2d}.revoked,.not-found{color:#a8071a}.en{color:#555;font-size:.9rem}@media print{form{display:none}}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const STATUS_WORDS = {
  valid: ['证书有效', 'The certificate is valid'],
  revoked: ['证书已被撤销', 'The certificate has been revoked'],
  'not-found': ['未找到该证书（编号或姓名不符）', 'Not found (number or name does not match)'],
} as const;

function facts(v: Verification): string {
  const [zh, en] = STATUS_WORDS[v.status];
  const head = `<p class="${v.status}" role="status"><strong>${esc(zh)}</strong> <span class="en">${esc(en)}</span></p>`;
  if (v.status === 'not-found') return head;
  const rows: Array<[string, string]> = [
    ['证书编号 Certificate number', v.certificateNumber],
    ['职业 Occupation', v.occupation],
    ['等级 Level', LEVEL_WORDS[v.level] ?? String(v.level)],
    ['发证日期 Issued on', v.issuedOn],
    ['评价机构 Issued by', v.issuer.name],
    ['持证人身份证号 Holder (masked ID)', v.holder.maskedId],
    ...(v.revokedOn ? ([['撤销日期 Revoked on', v.revokedOn]] as Array<[string, string]>) : []),
  ];
  return `${head}<table>${rows.map(([k, val]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(val)}</td></tr>`).join('')}</table>`;
}

/** The public verification page: a plain form (GET, no script), and the answer below it. */
export function verifyPage(query: { number?: string; name?: string }, v: Verification | null): string {
  const form = `<form method="get" action="/verify">
<label for="number">证书编号 Certificate number</label><input id="number" name="number" required value="${esc(query.number ?? '')}">
<label for="name">持证人姓名 Holder's name</label><input id="name" name="name" required value="${esc(query.name ?? '')}">
<button type="submit">查验 Verify</button></form>`;
  return page('劳动关系协调师证书查验 Certificate verification', `<h1>劳动关系协调师职业技能等级证书查验</h1><p class="en">Verify a labour relations coordinator skill-level certificate (Heze programme).</p>${form}${v ? facts(v) : ''}`);
}

/** The printable summary with a QR code linking to the verification page for this number. */
export function summaryPage(name: string, v: Verification, verifyUrl: string, qrSvg: string): string {
  return page(
    `证书摘要 ${v.certificateNumber}`,
    `<h1>职业技能等级证书摘要 <span class="en">Certificate summary</span></h1><p>持证人 Holder: <strong>${esc(name)}</strong></p>${facts(v)}
<figure><div aria-label="QR code linking to the verification page">${qrSvg}</div><figcaption>扫码查验 Scan to verify: <a href="${esc(verifyUrl)}">${esc(verifyUrl)}</a></figcaption></figure>`,
  );
}
