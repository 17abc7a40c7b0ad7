import { Button, Result, Space } from 'antd';
import { useEffect } from 'react';
import { useRouteError } from 'react-router-dom';
import { isChunkLoadError, shouldReloadFor } from './chunkLoad';

/**
 * What a page that failed shows, in the users' words, never a stack trace (a walk, stop 48: react-
 * router's English developer page). After an update a tab still open asks for code that is gone:
 * it reloads itself once, and says so if that is not enough.
 */
export function AppErrorPage() {
  const error = useRouteError();
  const updated = isChunkLoadError(error);
  useEffect(() => {
    if (shouldReloadFor(error, Date.now(), sessionStorageOrNone())) window.location.reload();
  }, [error]);
  return (
    <Result
      status={updated ? 'info' : 'error'}
      title={updated ? '系统已更新，请刷新页面' : '页面出错了'}
      subTitle={
        updated
          ? '系统刚刚更新，本页面需要重新加载。您已保存的内容不受影响。'
          : '请刷新页面后重试；如仍出错，请联系本单位系统管理员，并告知出错的时间和操作。'
      }
      extra={
        <Space>
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
          <Button onClick={() => window.location.assign('/app/todo')}>返回我的待办</Button>
        </Space>
      }
    />
  );
}

/** Reading window.sessionStorage itself throws where storage is blocked. */
function sessionStorageOrNone(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.sessionStorage;
  } catch {
    return {
      getItem: () => {
        throw new Error('storage blocked');
      },
      setItem: () => undefined,
    };
  }
}
