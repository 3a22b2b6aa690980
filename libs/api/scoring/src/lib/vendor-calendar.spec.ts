import { toCalendar } from './vendor-calendar';

describe('toCalendar', () => {
  it('turns minute ranges per weekday number into named days with HH:MM intervals', () => {
    const calendar = toCalendar('Europe/Lisbon', { 0: [], 1: [[480, 1080]], 5: [[540, 720], [780, 1440]] });
    expect(calendar).toEqual({
      timeZone: 'Europe/Lisbon',
      weeklyHours: { mon: [{ from: '08:00', to: '18:00' }], fri: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '24:00' }] },
    });
  });
});
