import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

/** An address the console does not have (an old bookmark, a typo): said, with the way back. */
export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在，可能是链接有误或页面已调整。"
      extra={
        <Link to="/app/todo">
          <Button type="primary">返回我的待办</Button>
        </Link>
      }
    />
  );
}
