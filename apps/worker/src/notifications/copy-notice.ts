/**
 * What a reader of a dispatched report (主送 or 抄送) is told, by what its unit held before:
 * - its first copy: 收到报告 (主送) or 抄送;
 * - the same version again: 重新报送 after a withdrawal; a campaign that asked later is still
 *   收到报告 (its office has a receipt to decide), saying it is the version already received;
 * - a later version than the one it holds (a return and a fix, a correction): 报告已更新, naming
 *   the version it replaces (scenario test, stop 48: readers were told 收到报告 as if it were new).
 */
export function copyNotice(input: {
  unitName: string;
  revision: number;
  /**
   * 主送 or 抄送 as the dispatch addressed the unit; `issuer`: the unit is the office whose campaign
   * asked for the report and decides its receipt, told so whatever the notice named it (a walk,
   * stop 49: an office named 抄送 in its own notice read 已抄送你单位…；请接收或退回).
   */
  receivedAs: 'main' | 'copy' | 'issuer';
  /** The last version sent to the unit before this dispatch; null: its first. */
  previousRevision: number | null;
  /** False when the version is sent to a campaign that asked later (nothing was re-sent). */
  resent: boolean;
}): { title: string; body: string } {
  const { unitName, revision, receivedAs, previousRevision, resent } = input;
  const how = {
    main: '报送你单位（主送）',
    copy: '抄送你单位',
    issuer: '报送你单位（你单位下发的报送任务）',
  }[receivedAs];
  const first = receivedAs === 'copy' ? '抄送' : '收到报告';
  const sent = `${unitName}报送的报告（第 ${revision} 版）`;
  const where = '，可在“收到的报告”中查阅';
  if (previousRevision === null) return { title: first, body: `${sent}已${how}${where}` };
  if (previousRevision === revision)
    return {
      title: resent ? '重新报送' : first,
      body: `${sent}${resent ? '再次' : '已'}${how}，内容与此前收到的第 ${revision} 版相同${where}`,
    };
  return {
    title: '报告已更新',
    body: `${sent}已${how}，替换此前收到的第 ${previousRevision} 版${where}`,
  };
}
