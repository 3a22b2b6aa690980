import type { ActiveElement } from 'chart.js';
import { nearestPoint } from './chart-panel';

const at = (datasetIndex: number, index: number, y: number) => ({ datasetIndex, index, element: { y } }) as unknown as ActiveElement;

describe('nearestPoint', () => {
  it('takes the series drawn nearest the pointer among those at the clicked category', () => {
    expect(nearestPoint([at(0, 3, 40), at(1, 3, 120), at(2, 3, 200)], 130)).toEqual({ series: 1, index: 3 });
  });

  it('takes the first when the height is unknown, and nothing from an empty click', () => {
    expect(nearestPoint([at(2, 1, 40), at(0, 1, 10)], null)).toEqual({ series: 2, index: 1 });
    expect(nearestPoint([], 50)).toBeNull();
  });
});
