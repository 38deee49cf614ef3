import type { NextRequest } from "next/server";
import { atomResponse } from "@/lib/web/atom";
import { feedFor } from "@/lib/db/feeds";
import { siteOrigin } from "@/lib/web/site-url";
import { topicUrl } from "@/lib/urls";

export async function GET(_request: NextRequest, { params }: RouteContext<"/topics/[slug]/feed.xml">) {
  return atomResponse((await params).slug, (slug) => feedFor({ topic: slug }), topicUrl, async () => siteOrigin());
}
