/** Inverse of a small symmetric positive-definite-ish matrix by Gauss–Jordan elimination with partial pivoting. */
export function invertMatrix(matrix: readonly (readonly number[])[], singularTolerance = 1e-10): number[][] | null {
  const size = matrix.length;
  const work = matrix.map((row, i) => [...row, ...Array.from({ length: size }, (_, j) => (i === j ? 1 : 0))]);
  for (let column = 0; column < size; column++) {
    let pivotRow = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(work[row][column]) > Math.abs(work[pivotRow][column])) {
        pivotRow = row;
      }
    }
    if (Math.abs(work[pivotRow][column]) < singularTolerance) {
      return null;
    }
    [work[column], work[pivotRow]] = [work[pivotRow], work[column]];
    const pivot = work[column][column];
    for (let j = 0; j < 2 * size; j++) {
      work[column][j] /= pivot;
    }
    for (let row = 0; row < size; row++) {
      if (row !== column && work[row][column] !== 0) {
        const factor = work[row][column];
        for (let j = 0; j < 2 * size; j++) {
          work[row][j] -= factor * work[column][j];
        }
      }
    }
  }
  return work.map((row) => row.slice(size));
}
