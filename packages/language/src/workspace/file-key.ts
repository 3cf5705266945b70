import * as path from 'node:path';
import { URI } from 'langium';

/**
 * One spelling of a file's path, for telling whether two paths name the same file. A path from the
 * command line (`C:\Kab\dinas.sikerja`) and a document's `uri.fsPath` (`c:\Kab\dinas.sikerja`)
 * differ in their drive letter on Windows; and Windows and macOS file systems ignore letter case,
 * so `Dinas.sikerja` named on the command line is the `dinas.sikerja` found in its folder.
 */
export function fileKey(file: string): string {
    const key = URI.file(path.resolve(file)).toString();
    return process.platform === 'win32' || process.platform === 'darwin' ? key.toLowerCase() : key;
}

/**
 * Whether `file` lies in `folder` (or is it). On Windows a file on another drive has no relative
 * path: `path.relative` answers its absolute path there, not one beginning with `..`.
 */
export function isWithinFolder(folder: string, file: string, paths: path.PlatformPath = path): boolean {
    const relative = paths.relative(folder, file);
    return !relative.startsWith('..') && !paths.isAbsolute(relative);
}
