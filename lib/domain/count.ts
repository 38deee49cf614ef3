/** "1 statement", "2 statements": a count with its noun in the right number. */
export const counted = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
