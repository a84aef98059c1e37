/** The bench's progress lines on stdout: `[bench HH:MM:SS] …`. */
export function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}
