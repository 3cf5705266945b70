export interface FontPaths {
    regular: string;
    bold: string;
}
