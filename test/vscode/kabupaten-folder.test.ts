import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kabupatenAround, proposedParent } from '../../packages/vscode/src/kabupaten-folder.js';

describe('"Mulai Folder Kabupaten Baru": where the new folder goes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-kab-'));
    const bengkayang = path.join(root, 'bengkayang');
    fs.cpSync(path.resolve(__dirname, '../../examples/bengkayang'), bengkayang, { recursive: true });
    fs.mkdirSync(path.join(bengkayang, 'impor'));

    it('proposes the folder beside the open kabupaten, not inside it', async () => {
        expect(await proposedParent(bengkayang)).toBe(root);
        expect(await proposedParent(path.join(bengkayang, 'impor'))).toBe(root);
    });

    it('knows a folder inside a kabupaten, and which kabupaten, from the file that defines its pemda', async () => {
        expect(await kabupatenAround(path.join(bengkayang, 'impor'))).toEqual({ folder: bengkayang, pemda: 'Bengkayang' });
        expect(await kabupatenAround(root)).toBeUndefined();
    });

    it('takes a workspace that is no kabupaten (a folder of several) as the place itself', async () => {
        expect(await proposedParent(root)).toBe(root);
        expect(await proposedParent(undefined)).toBeUndefined();
    });
});
