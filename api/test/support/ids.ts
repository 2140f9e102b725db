/** Valid Danish CVR numbers (weights 2,7,6,5,4,3,2,1; sum mod 11 = 0), made fresh so tests never collide. */
export function randomCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = [1 + Math.floor(Math.random() * 9), ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10))];
    const partial = digits.reduce((sum, d, i) => sum + d * weights[i]!, 0);
    const check = (11 - (partial % 11)) % 11;
    if (check === 10) continue;
    return [...digits, check].join('');
  }
}
