// Dates as YYYY-MM-DD (the notice's form), in China Standard Time whatever the browser's zone.
const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export const formatDate = (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '');
export const formatDateTime = (iso: string | null | undefined) => (iso ? `${date.format(new Date(iso))} ${time.format(new Date(iso))}` : '');
