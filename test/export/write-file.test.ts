import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically, writeFailure } from '@sikerja/export';
import { whileHeld } from '../../packages/export/src/write-file.js';

/** What an analyst reads when an exported file cannot be written, and that nothing half-written is left. */
describe('writing an exported file', () => {
    const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-tulis-'));

    it('says in Indonesian that a folder on the way is a file, and leaves no temporary file', async () => {
        const d = dir();
        fs.writeFileSync(path.join(d, 'keluaran'), 'bukan folder');
        const target = path.join(d, 'keluaran', 'Dinkes-struktur.svg');
        await expect(writeAtomically(target, '<svg/>')).rejects.toThrow(/^tidak dapat menulis .*Dinkes-struktur\.svg: sebagian jalur folder keluaran adalah berkas, bukan folder \((ENOTDIR|EEXIST)\)$/);
        expect(fs.readdirSync(d)).toEqual(['keluaran']);
    });

    it('says a folder stands where the file would go, and removes its temporary file', async () => {
        const d = dir();
        fs.mkdirSync(path.join(d, 'Dinkes-struktur.png'));
        await expect(writeAtomically(path.join(d, 'Dinkes-struktur.png'), new Uint8Array([1, 2, 3]))).rejects.toThrow(/sudah ada folder dengan nama berkas itu \(EISDIR\)$/);
        expect(fs.readdirSync(d)).toEqual(['Dinkes-struktur.png']);
    });

    it('tells the analyst to close the file in Word when Windows keeps it locked (EBUSY, EPERM)', () => {
        const locked = Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
        expect(writeFailure('C:\\SiKerja\\dokumen\\Dinkes-lampiran.docx', locked).message)
            .toBe('tidak dapat menulis C:\\SiKerja\\dokumen\\Dinkes-lampiran.docx: berkas sedang dibuka di program lain (Word, Excel, penampil gambar); tutup berkas itu lalu ulangi (EBUSY)');
        expect(writeFailure('a.docx', Object.assign(new Error('x'), { code: 'EPERM' })).message).toContain('berkas sedang dibuka di program lain atau hanya-baca');
        expect(writeFailure('a.docx', Object.assign(new Error('x'), { code: 'ENOSPC' })).message).toContain('disk penuh');
    });

    it('replaces a file Windows holds for a moment (an antivirus scanning it) once it is let go, and gives up on one kept open', async () => {
        const held = (code: string) => Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
        let tries = 0;
        const scanned = () => ++tries <= 2 ? Promise.reject(held('EPERM')) : Promise.resolve('diganti');
        await expect(whileHeld(scanned, 6, 1)).resolves.toBe('diganti');
        expect(tries).toBe(3);
        let openInWord = 0;
        await expect(whileHeld(() => { openInWord++; return Promise.reject(held('EBUSY')); }, 4, 1)).rejects.toMatchObject({ code: 'EBUSY' });
        expect(openInWord).toBe(4);
        let full = 0;
        await expect(whileHeld(() => { full++; return Promise.reject(held('ENOSPC')); }, 4, 1)).rejects.toMatchObject({ code: 'ENOSPC' });
        expect(full, 'a full disk is not tried again').toBe(1);
    });

    it('replaces an old export whole and never writes over a model file', async () => {
        const d = dir();
        const target = path.join(d, 'Dinkes-struktur.svg');
        fs.writeFileSync(target, 'lama');
        await writeAtomically(target, 'baru');
        expect(fs.readFileSync(target, 'utf8')).toBe('baru');
        expect(fs.readdirSync(d)).toEqual(['Dinkes-struktur.svg']);
        fs.writeFileSync(path.join(d, 'pemda.sikerja'), 'pemda X');
        await expect(writeAtomically(path.join(d, 'pemda.sikerja'), 'rusak')).rejects.toThrow('menolak menimpa berkas model');
        expect(fs.readFileSync(path.join(d, 'pemda.sikerja'), 'utf8')).toBe('pemda X');
    });
});
