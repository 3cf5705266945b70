declare module 'png-chunks-extract' {
    export default function extract(data: Uint8Array): Array<{ name: string; data: Uint8Array }>;
}
declare module 'svg-to-pdfkit' {
    interface Options {
        width?: number;
        height?: number;
        preserveAspectRatio?: string;
        assumePt?: boolean;
        fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    }
    export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: Options): void;
}
declare module 'subset-font' {
    interface SubsetOptions {
        targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    }
    export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
