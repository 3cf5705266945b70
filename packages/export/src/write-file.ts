import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Why a file could not be written, in the analyst's words: on Windows the usual cause is the same
 * file open in Word, Excel or a picture viewer, which locks it against being replaced.
 */
const REASONS: Record<string, string> = {
    EBUSY: 'berkas sedang dibuka di program lain (Word, Excel, penampil gambar); tutup berkas itu lalu ulangi',
    EPERM: 'berkas sedang dibuka di program lain atau hanya-baca; tutup berkas itu atau pilih folder lain, lalu ulangi',
    EACCES: 'tidak ada izin menulis di folder itu; pilih folder keluaran lain',
    EROFS: 'folder itu hanya-baca; pilih folder keluaran lain',
    ENOSPC: 'disk penuh; kosongkan ruang disk lalu ulangi',
    EDQUOT: 'kuota disk habis; kosongkan ruang disk lalu ulangi',
    ENAMETOOLONG: 'jalur berkas terlalu panjang (Windows membatasi 260 karakter); pilih folder keluaran yang lebih pendek',
    ENOTDIR: 'sebagian jalur folder keluaran adalah berkas, bukan folder',
    EISDIR: 'sudah ada folder dengan nama berkas itu',
    EEXIST: 'sebagian jalur folder keluaran adalah berkas, bukan folder'
};

export function writeFailure(file: string, error: unknown): Error {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = code !== undefined ? REASONS[code] : undefined;
    return new Error(`tidak dapat menulis ${file}: ${reason ? `${reason} (${code})` : code ?? String(error)}`);
}

/**
 * The file written whole or not at all: to a temporary file beside it, then renamed over it, so a
 * failure (a full disk, the old file open in Word) never leaves half a file. A model file is never a target.
 */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
    if (file.toLowerCase().endsWith('.sikerja')) throw new Error(`menolak menimpa berkas model ${file}`);
    const temp = `${file}.${process.pid}.tmp`;
    try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(temp, data);
        await whileHeld(() => fs.rename(temp, file));
    } catch (e) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw writeFailure(file, e);
    }
}

/** Codes with which Windows refuses to replace a file another program holds for a moment. */
const HELD = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * An operation tried again while the file is held: on Windows an antivirus or the search indexer opens
 * a new file for a fraction of a second after it is written, and replacing it then fails. A file kept
 * open (in Word, say) still fails after the last try, with the reason.
 */
export async function whileHeld<T>(operation: () => Promise<T>, tries = 6, delayMs = 100): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await operation();
        } catch (e) {
            if (attempt >= tries || !HELD.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
            await new Promise(resolve => setTimeout(resolve, delayMs * attempt));
        }
    }
}
