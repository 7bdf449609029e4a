import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/**
 * An API error where the person can act on it: a 400 names the field, a 409 says the journey's state now
 * and what it takes (with a refresh), a 503 or a lost connection offers a retry.
 */
export function ApiErrorAlert({ error, onRetry, onRefresh }: { error: unknown; onRetry?: () => void; onRefresh?: () => void }) {
  const { t } = useTranslation();
  const e = error instanceof ApiError ? error : new ApiError(-1, null);
  const body = e.body;
  let message: string;
  let action: { label: string; run: () => void } | undefined;
  let type: 'error' | 'warning' = 'error';
  switch (e.status) {
    case 400:
      message = body?.field ? t('errors.badField', { field: body.field, message: body.message }) : t('errors.badRequest', { message: body?.message ?? '' });
      break;
    case 409: {
      type = 'warning';
      const allowed = body?.allowedEvents ?? [];
      message = body?.inProgress
        ? t('errors.inProgress')
        : [
            t('errors.conflict', { state: body?.state ? t(`states.${body.state}`, { defaultValue: body.state }) : '' }),
            allowed.length ? t('errors.conflictAllowed', { allowed: allowed.map((a) => t(`events.${a}`, { defaultValue: a })).join('、') }) : t('errors.conflictNone'),
          ].join(' ');
      if (onRefresh) action = { label: t('errors.refresh'), run: onRefresh };
      break;
    }
    case 503:
    case 0:
      message = e.status === 0 ? t('errors.network') : t('errors.unavailable');
      if (onRetry) action = { label: t('errors.retry'), run: onRetry };
      break;
    case 401:
      message = t('errors.unauthorized');
      break;
    case 403:
      message = t('errors.forbidden');
      break;
    default:
      message = t('errors.unknown', { status: e.status });
      if (onRetry) action = { label: t('errors.retry'), run: onRetry };
  }
  return (
    <Alert
      role="alert"
      type={type}
      showIcon
      title={message}
      data-status={e.status}
      action={action ? <Button onClick={action.run}>{action.label}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
