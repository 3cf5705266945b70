import { describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { LocationLink, Range } from 'vscode-languageserver';
import { codeSpan, escapeMarkdown } from '../../packages/language/src/lsp/hover-provider.js';
import { buildWorkspace, PEMDA_FILE, positionOf, uriOf, type Workspace } from '../helpers.js';

/**
 * Hover and Go to Definition as an analyst uses them: on each segment of a qualified name they
 * lead to what that segment names, and names and titles show exactly as written.
 */

const MARKUP = '<b>x</b> *y* [l](u)';
const ORG = `pemda Uji
dinas Dinkes "Dinas Kesehatan" {
    pimpinan Kepala "Kepala Dinas Kesehatan" jpt-pratama
    bidang Kesmas "Bidang Kesehatan Masyarakat" {
        pimpinan KepalaBidang "Kepala Bidang Kesehatan Masyarakat" administrator
        jabatan AdminkesMadya "Administrator Kesehatan Ahli Madya" fungsional keahlian ahli-madya
        jabatan Aneh "${MARKUP}" fungsional keahlian ahli-muda
    }
}
`;
const PKM = `pemda Uji
templat Pkm "Puskesmas" untuk puskesmas {
    pimpinan Kepala "Kepala {unit}" fungsional keahlian ahli-madya
    jabatan Dokter "Dokter Ahli Pertama" fungsional keahlian ahli-pertama
}
puskesmas PkmSatu "UPTD Puskesmas Satu" induk Dinkes menurut Pkm {
    isi Dokter bezetting 1 kebutuhan 2
}
`;
const TEAM = `pemda Uji
tim TimGizi "Tim \`Gizi\` _Balita_ & <i>Ibu</i>" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.AdminkesMadya
    anggota Dinkes.Kesmas.Aneh
    anggota PkmSatu.Dokter
}
pegawai Rina "# Rina *Marlina*" { nip "1995 [a](b)" pangkat "- Penata <Muda>" menduduki Dinkes.Kesmas.Aneh }
`;

async function workspace(): Promise<Workspace> {
    return buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG, 'pkm.sikerja': PKM, 'tim.sikerja': TEAM });
}

async function definition(ws: Workspace, doc: LangiumDocument, position: { line: number; character: number }): Promise<LocationLink[]> {
    return await ws.services.lsp.DefinitionProvider!.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position }) ?? [];
}

async function hover(ws: Workspace, doc: LangiumDocument, position: { line: number; character: number }): Promise<string | undefined> {
    const result = await ws.services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position });
    return (result?.contents as { value: string } | undefined)?.value;
}

/** Inside `segment` of the ketua's `Dinkes.Kesmas.AdminkesMadya`, one character in. */
function onKetua(doc: LangiumDocument, segment: string): { line: number; character: number } {
    const name = 'Dinkes.Kesmas.AdminkesMadya';
    const p = positionOf(doc, name);
    return { line: p.line, character: p.character + name.indexOf(segment) + 1 };
}

/** Inside the `occurrence`-th `marker` of the document, `offset` characters in. */
function at(doc: LangiumDocument, marker: string, offset = 1, occurrence = 0): { line: number; character: number } {
    const p = positionOf(doc, marker, occurrence);
    return { line: p.line, character: p.character + offset };
}

/** The text a range covers, for asserting which segment a link starts from. */
function textOf(doc: LangiumDocument, range: Range | undefined): string {
    return range ? doc.textDocument.getText(range) : '';
}

/** The file and 0-based line a link goes to, and the name it selects there. */
function where(ws: Workspace, link: LocationLink): [string, number, string] {
    const file = Object.keys(ws.docs).find(f => uriOf(f).toString() === link.targetUri)!;
    return [file, link.targetSelectionRange.start.line, textOf(ws.docs[file], link.targetSelectionRange)];
}

/**
 * What the hover shows, as the Markdown renderer VS Code uses for hovers (marked) draws it:
 * the visible text, and whether any bold, italic, link or raw HTML came out of the source.
 * Undefined when marked is not installed (it comes with @vscode/vsce).
 */
async function rendered(markdown: string): Promise<{ text: string; html: string } | undefined> {
    const marked = await import('marked').then(m => m.marked, () => undefined);
    if (!marked) return undefined;
    const html = await marked.parse(markdown);
    const text = html.replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
    return { text, html };
}

describe('segments of a qualified name', () => {
    it('Go to Definition on each segment of Dinkes.Kesmas.AdminkesMadya goes to the organisation, the bidang and the jabatan', async () => {
        const ws = await workspace();
        const doc = ws.docs['tim.sikerja'];
        const expected: Array<[string, [string, number, string]]> = [
            ['Dinkes', ['org.sikerja', 1, 'Dinkes']],
            ['Kesmas', ['org.sikerja', 3, 'Kesmas']],
            ['AdminkesMadya', ['org.sikerja', 5, 'AdminkesMadya']]
        ];
        for (const [segment, target] of expected) {
            const links = await definition(ws, doc, onKetua(doc, segment));
            expect(links.map(l => where(ws, l)), segment).toEqual([target]);
            // The editor underlines the segment alone, and the link's range is that of the whole declaration.
            expect(textOf(doc, links[0].originSelectionRange)).toBe(segment);
            expect(links[0].targetRange.start.line).toBe(target[1]);
        }
    });

    it('Go to Definition works at either end of a segment, and on a declaration\'s own name', async () => {
        const ws = await workspace();
        const doc = ws.docs['tim.sikerja'];
        const start = positionOf(doc, 'Kesmas.AdminkesMadya');
        expect((await definition(ws, doc, start)).map(l => where(ws, l))).toEqual([['org.sikerja', 3, 'Kesmas']]);
        // Just after `Kesmas`, on the dot: still `Kesmas`, as for any name.
        const end = { line: start.line, character: start.character + 'Kesmas'.length };
        expect((await definition(ws, doc, end)).map(l => where(ws, l))).toEqual([['org.sikerja', 3, 'Kesmas']]);
        const org = ws.docs['org.sikerja'];
        expect((await definition(ws, org, at(org, 'Kesmas "'))).map(l => where(ws, l))).toEqual([['org.sikerja', 3, 'Kesmas']]);
    });

    it('through a template instance: PkmSatu goes to the puskesmas, Dokter to the template\'s jabatan', async () => {
        const ws = await workspace();
        const doc = ws.docs['tim.sikerja'];
        const instance = await definition(ws, doc, at(doc, 'PkmSatu.Dokter'));
        expect(instance.map(l => where(ws, l))).toEqual([['pkm.sikerja', 5, 'PkmSatu']]);
        expect(textOf(doc, instance[0].originSelectionRange)).toBe('PkmSatu');
        const member = await definition(ws, doc, at(doc, 'Dokter'));
        expect(member.map(l => where(ws, l))).toEqual([['pkm.sikerja', 3, 'Dokter']]);
        expect(textOf(doc, member[0].originSelectionRange)).toBe('Dokter');
    });

    it('hover on each segment describes what that segment names', async () => {
        const ws = await workspace();
        const doc = ws.docs['tim.sikerja'];
        const on = (segment: string) => onKetua(doc, segment);
        expect(await hover(ws, doc, on('Dinkes'))).toContain('**Dinas Kesehatan** `Dinkes` (dinas)');
        const bidang = await hover(ws, doc, on('Kesmas'));
        expect(bidang).toContain('**Bidang Kesehatan Masyarakat** `Dinkes.Kesmas` (bidang)');
        expect(bidang).toContain('Pimpinan: Kepala Bidang Kesehatan Masyarakat');
        expect(bidang).not.toContain('Administrator Kesehatan Ahli Madya**');
        expect(await hover(ws, doc, on('AdminkesMadya'))).toContain('**Administrator Kesehatan Ahli Madya** `Dinkes.Kesmas.AdminkesMadya`');
        // Through an instance the first segment is the puskesmas itself.
        expect(await hover(ws, doc, at(doc, 'PkmSatu.Dokter'))).toContain('**UPTD Puskesmas Satu** `PkmSatu` (puskesmas)');
    });
});

describe('hover shows names and titles as written', () => {
    it('a jabatan titled <b>x</b> *y* [l](u) is neither bold, italic nor a link', async () => {
        const ws = await workspace();
        const org = ws.docs['org.sikerja'];
        const text = (await hover(ws, org, at(org, 'Aneh "')))!;
        expect(text).toContain('**&lt;b&gt;x&lt;/b&gt; \\*y\\* \\[l\\](u)** `Dinkes.Kesmas.Aneh`');
        // Its holder's name, with a heading marker and emphasis of its own, is plain text too.
        expect(text).toContain('Diduduki: \\# Rina \\*Marlina\\*');
        // The jabatan's own part, after the finding its missing figures raise (whose summary note is italic on purpose).
        const view = await rendered(text.split('\n\n---\n\n').pop()!);
        if (view) {
            expect(view.text).toContain(`${MARKUP} Dinkes.Kesmas.Aneh`);
            expect(view.text).toContain('Diduduki: # Rina *Marlina*');
            expect(view.html).not.toMatch(/<(b|i|em|a|h1)[ >]/);
        }
    });

    it('the same title through a reference, and a team\'s title, NIP and pangkat with backticks and HTML', async () => {
        const ws = await workspace();
        const doc = ws.docs['tim.sikerja'];
        const member = (await hover(ws, doc, at(doc, 'Aneh')))!;
        expect(member).toContain('**&lt;b&gt;x&lt;/b&gt; \\*y\\* \\[l\\](u)** `Dinkes.Kesmas.Aneh`');
        const team = (await hover(ws, doc, at(doc, 'TimGizi')))!;
        expect(team).toContain('**Tim \\`Gizi\\` \\_Balita\\_ &amp; &lt;i&gt;Ibu&lt;/i&gt;** `TimGizi`');
        const pegawai = (await hover(ws, doc, at(doc, 'Rina "')))!;
        expect(pegawai).toContain('**\\# Rina \\*Marlina\\*** `Rina`');
        expect(pegawai).toContain('NIP 1995 \\[a\\](b) · \\- Penata &lt;Muda&gt;');
        expect(pegawai).toContain(`Menduduki: ${escapeMarkdown(MARKUP)} \`Dinkes.Kesmas.Aneh\``);
        const views = await Promise.all([team, pegawai].map(rendered));
        if (views[0] && views[1]) {
            expect(views[0].text).toContain('Tim `Gizi` _Balita_ & <i>Ibu</i> TimGizi');
            expect(views[1].text).toContain('# Rina *Marlina* Rina');
            expect(views[1].text).toContain('NIP 1995 [a](b) · - Penata <Muda>');
            expect(views[1].text).toContain(`Menduduki: ${MARKUP} Dinkes.Kesmas.Aneh`);
            for (const v of views) expect(v!.html).not.toMatch(/<(b|i|em|a|h1|ul|li)[ >]/);
            // The backticks of the team's title are text, not a code span of their own.
            expect(views[0].html).not.toContain('<code>Gizi</code>');
        }
    });

    it('escapes block markers at the start of every line and leaves ordinary punctuation alone', async () => {
        expect(escapeMarkdown('Rina Marlina, S.Gz. (III/a) ahli-madya')).toBe('Rina Marlina, S.Gz. (III/a) ahli-madya');
        expect(escapeMarkdown('1. Seksi\n## Umum\n= x\n  + y\n3) z')).toBe('1\\. Seksi\n\\## Umum\n\\= x\n  \\+ y\n3\\) z');
        expect(escapeMarkdown('a\\b ~c~ |d| `e`')).toBe('a\\\\b \\~c\\~ \\|d\\| \\`e\\`');
        const view = await rendered(escapeMarkdown('1. Seksi\n## Umum\n- x\n> y'));
        if (view) {
            expect(view.html).not.toMatch(/<(ol|h2|ul|blockquote)[ >]/);
            expect(view.text).toBe('1. Seksi\n## Umum\n- x\n> y\n');
        }
    });

    it('a code span holds any id, backticks included', async () => {
        expect(codeSpan('Dinkes.Kesmas')).toBe('`Dinkes.Kesmas`');
        expect(codeSpan('a`b')).toBe('``a`b``');
        expect(codeSpan('`a``')).toBe('``` `a`` ```');
        for (const id of ['a`b', '`a``', 'x <y> *z*']) {
            const view = await rendered(`id ${codeSpan(id)} selesai`);
            if (view) expect(view.text).toBe(`id ${id} selesai\n`);
        }
    });
});
