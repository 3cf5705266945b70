// Preloaded into a measured process (node --require): at exit, writes the process's peak resident
// set (its worker threads included: they share it) to the file named by SIKERJA_PEAK_RSS_FILE.
const fs = require('node:fs');
process.on('exit', () => {
    const file = process.env.SIKERJA_PEAK_RSS_FILE;
    if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
