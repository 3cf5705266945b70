import { main } from './main.js';

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    error => {
        process.stderr.write(`sikerja: kesalahan internal: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        process.exitCode = 3;
    }
);
