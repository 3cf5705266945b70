import { describe, expect, it, vi } from 'vitest';
import type { AstNode, ValidationAcceptor, ValidationCheck } from 'langium';
import { checksInTurn } from '../../packages/language/src/validation/index.js';
import { isCrashDiagnostic, watchConsoleErrors } from '../../scripts/lib/crash.js';
import { Pipeline } from '../../scripts/lib/pipeline.js';
import { buildWorkspace, crashesIn, PEMDA_FILE, type Workspace } from '../helpers.js';

const TEAM = 'pemda Uji\ndinas D "Dinas" {\n    pimpinan K "Kepala Dinas" jpt-pratama\n    bidang B "Bidang" {\n        jabatan A "Analis" fungsional keahlian ahli-muda\n    }\n}\ntim T "Tim" {\n    pemilik-kinerja D.B\n    ketua D.B.A\n}\n';

function brokenRule(): void { throw new TypeError('x is undefined'); }

/** A workspace whose `Tim` checks include `check`, registered as SiKerja registers its own (or not). */
async function withCheck(check: ValidationCheck): Promise<Workspace & { logged: string[] }> {
    const watch = watchConsoleErrors();
    try {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'tim.sikerja': TEAM }, {
            beforeBuild: services => services.validation.ValidationRegistry.register({ Tim: check })
        });
        return { ...ws, logged: watch.logged };
    } finally {
        watch.stop();
    }
}

describe('a check that fails inside SiKerja', () => {
    it('is reported on the node with its name and code, and the checks after it still run', () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const found: Array<[string, string, unknown]> = [];
        const accept = ((severity: string, message: string, info: { data?: { code?: string } }) => found.push([severity, message, info.data?.code])) as unknown as ValidationAcceptor;
        function nextRule(_node: AstNode, acc: ValidationAcceptor): void { acc('warning', 'aturan berikutnya tetap berjalan', { node: _node }); }
        checksInTurn([brokenRule, nextRule])({ $type: 'Tim' } as AstNode, accept, undefined as never);
        expect(found).toEqual([
            ['error', expect.stringContaining('Pemeriksaan `brokenRule` gagal karena kesalahan di SiKerja (x is undefined)'), 'check-failed'],
            ['warning', 'aturan berikutnya tetap berjalan', undefined]
        ]);
        expect(logged).toHaveBeenCalled();
        logged.mockRestore();
    });

    it('is reported the same when it fails after an await, and the checks beside it still report', async () => {
        async function lateRule(): Promise<void> { await Promise.resolve(); throw new RangeError('late'); }
        const ws = await withCheck(checksInTurn([lateRule, function sibling(n: AstNode, acc: ValidationAcceptor) { acc('info', 'pemeriksaan di sebelahnya', { node: n }); }]));
        expect(ws.diagnostics('tim.sikerja').filter(d => d.code === 'check-failed').map(d => [d.line, d.message])).toEqual([
            [8, expect.stringContaining('Pemeriksaan `lateRule` gagal karena kesalahan di SiKerja (late)')]
        ]);
        expect(ws.diagnostics('tim.sikerja').map(d => d.message)).toContain('pemeriksaan di sebelahnya');
        expect(crashesIn(ws)).toHaveLength(1);
    });

    it('is what the crash guards and the fuzzer count as a crash (one detector, scripts/lib/crash.ts)', async () => {
        const ws = await withCheck(checksInTurn([brokenRule]));
        expect(ws.diagnostics('tim.sikerja').filter(d => d.code === 'check-failed').map(d => d.line)).toEqual([8]);
        expect(crashesIn(ws)).toEqual([expect.stringMatching(/^tim\.sikerja:8 check-failed Pemeriksaan `brokenRule` gagal karena kesalahan di SiKerja \(x is undefined\)/)]);
        expect(ws.logged).toEqual([expect.stringContaining('SiKerja: pemeriksaan brokenRule gagal pada Tim')]);

        const pipeline = new Pipeline();
        pipeline.services.validation.ValidationRegistry.register({ Tim: checksInTurn([brokenRule]) });
        const result = await pipeline.run({ name: 'gagal', files: { 'pemda.sikerja': PEMDA_FILE, 'tim.sikerja': TEAM } });
        expect(result.crash).toMatch(/^diagnostic: Pemeriksaan `brokenRule` gagal karena kesalahan di SiKerja \(x is undefined\)/);
    });

    it('is a crash too when Langium catches it (a check registered outside `checksInTurn`), in Langium\'s words', async () => {
        const ws = await withCheck(brokenRule);
        const crashes = ws.diagnostics('tim.sikerja').filter(isCrashDiagnostic);
        expect(crashes.map(d => [d.line, d.message])).toEqual([[8, 'An error occurred during validation: x is undefined']]);
        expect(crashes[0].code).not.toBe('check-failed');
    });

    it('is not confused with a finding about the analyst\'s text', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'tim.sikerja': TEAM.replace('ketua D.B.A', 'ketua D.B.Tidak') });
        expect(ws.errors('tim.sikerja').map(d => d.code)).toContain('linking-error');
        expect(crashesIn(ws)).toEqual([]);
    });
});
