import * as vscode from 'vscode';
import { kabupatenAround, proposedParent } from './kabupaten-folder.js';
import { DEFAULT_PROFILE_ID, ProfileRegistry } from '@sikerja/language/profiles';

/** A Perangkat Daerah to start from: a Dinas with Sekretariat and one Bidang, JF under their leaders. */
const FIRST_PD = `dinas Contoh "Dinas Contoh" {
    urusan "urusan pemerintahan"
    pimpinan Kepala "Kepala Dinas Contoh" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1 pns
        jabatan Perencana "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
    }
    bidang Bidang1 "Bidang Pertama" {
        pimpinan KepalaBidang "Kepala Bidang Pertama" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 2 pns
    }
}
`;

/** "SiKerja: Mulai Folder Kabupaten Baru": a pemda file citing the chosen region's Perbup, and one PD to start from. */
export async function newKabupaten(): Promise<void> {
    // Every region the language knows, from its profile registry: a new region's profile appears here as it is.
    const known = new ProfileRegistry().all();
    const profiles = [...known.filter(p => p.id !== DEFAULT_PROFILE_ID), ...known.filter(p => p.id === DEFAULT_PROFILE_ID)];
    const pick = await vscode.window.showQuickPick(profiles.map(p => ({ label: p.short, description: p.title, profile: p })), {
        title: 'Regulasi Sistem Kerja daerah ini', placeHolder: 'Pilih Perbup yang berlaku'
    });
    if (!pick) return;
    const name = await vscode.window.showInputBox({
        title: 'Nama pemda (pengenal)', value: 'KabupatenBaru',
        validateInput: v => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? undefined : 'Huruf, angka dan garis bawah saja, diawali huruf.'
    });
    if (!name) return;
    const title = await vscode.window.showInputBox({
        title: 'Nama resmi pemda', value: `Kabupaten ${name.replace(/([a-z])([A-Z])/g, '$1 $2')}`,
        prompt: 'Seperti tertulis dalam Perbup, mis. "Kabupaten Bengkayang" atau "Kota Pontianak".',
        validateInput: v => v.trim().length > 0 && !v.includes('"') ? undefined : 'Tulis nama resminya, tanpa tanda petik.'
    });
    if (!title) return;
    const parent = await proposedParent(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
    const folders = await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, openLabel: 'Buat di folder ini',
        title: 'Folder tempat folder kabupaten baru dibuat (di luar folder kabupaten lain)',
        ...(parent ? { defaultUri: vscode.Uri.file(parent) } : {})
    });
    if (!folders?.[0]) return;
    const dir = vscode.Uri.joinPath(folders[0], name.toLowerCase());
    const inside = await kabupatenAround(folders[0].fsPath);
    if (inside) {
        void vscode.window.showErrorMessage(`${folders[0].fsPath} berada di dalam folder kabupaten ${inside.pemda} (${inside.folder}); `
            + 'berkas kabupaten baru akan terbaca sebagai bagian kabupaten itu. Pilih folder di luarnya.');
        return;
    }
    const pemdaFile = vscode.Uri.joinPath(dir, 'pemda.sikerja');
    const exists = await vscode.workspace.fs.stat(pemdaFile).then(() => true, () => false);
    if (exists) {
        void vscode.window.showErrorMessage(`${pemdaFile.fsPath} sudah ada; tidak ada yang ditimpa.`);
        return;
    }
    const regulation = pick.profile.short;
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(pemdaFile, Buffer.from(`pemda ${name} {\n    nama "${title.trim()}"\n    regulasi "${regulation}"\n}\n`));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'dinas-contoh.sikerja'), Buffer.from(`pemda ${name}\n\n${FIRST_PD}`));
    await vscode.window.showTextDocument(pemdaFile);
    // The new folder lies outside the workspace the language server reads: open it to be checked.
    const choice = await vscode.window.showInformationMessage(`Folder kabupaten ${title.trim()} dibuat: ${dir.fsPath}.`, 'Buka folder ini', 'Tambahkan ke ruang kerja');
    if (choice === 'Buka folder ini') await vscode.commands.executeCommand('vscode.openFolder', dir, { forceNewWindow: true });
    if (choice === 'Tambahkan ke ruang kerja') vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri: dir });
}
