// Writes public/audio/silence.wav: 6 s of silence, 8 kHz 8-bit mono PCM (48 KB; every browser
// plays WAV PCM). Played in a loop while read-aloud speaks so the page is a media session
// (src/speech/media-keepalive.ts). Longer than 5 s: Chrome on Android shows its media
// notification only for media over five seconds. Run: node scripts/make-silence.mjs
import { writeFileSync } from 'node:fs';

const RATE = 8000;
const SECONDS = 6;
const samples = RATE * SECONDS;
const wav = Buffer.alloc(44 + samples);
wav.write('RIFF', 0, 'ascii');
wav.writeUInt32LE(36 + samples, 4);
wav.write('WAVE', 8, 'ascii');
wav.write('fmt ', 12, 'ascii');
wav.writeUInt32LE(16, 16); // fmt chunk size
wav.writeUInt16LE(1, 20); // PCM
wav.writeUInt16LE(1, 22); // mono
wav.writeUInt32LE(RATE, 24);
wav.writeUInt32LE(RATE, 28); // bytes per second
wav.writeUInt16LE(1, 32); // block align
wav.writeUInt16LE(8, 34); // bits per sample
wav.write('data', 36, 'ascii');
wav.writeUInt32LE(samples, 40);
wav.fill(0x80, 44); // unsigned 8-bit: 128 is silence
writeFileSync(new URL('../public/audio/silence.wav', import.meta.url), wav);
